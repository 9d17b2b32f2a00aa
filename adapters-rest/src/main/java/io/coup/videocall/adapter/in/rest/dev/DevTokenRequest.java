package io.coup.videocall.adapter.in.rest.dev;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties(ignoreUnknown = true)
public record DevTokenRequest(@NotBlank @Size(max = 64) String userId,
                              @NotBlank @Size(max = 100) String name,
                              @Size(max = 2048) String avatar) {
}
