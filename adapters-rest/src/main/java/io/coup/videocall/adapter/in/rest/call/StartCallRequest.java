package io.coup.videocall.adapter.in.rest.call;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Size;

/** Optional body of {@code POST /start}: an optional title. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartCallRequest(@Size(max = 100) String name) {
}
