package io.coup.videocall.adapter.in.rest.study;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param id optional; generated when absent */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateStudyRequest(
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "may contain only letters, digits, '_' and '-'")
        String id,
        @NotBlank @Size(max = 100) String name) {
}
