package io.coup.videocall.adapter.in.rest.call;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /join} and {@code POST /leave}. Any {@code userId} sent along is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionIdRequest(@NotBlank @Size(max = 64) String sessionId) {
}
