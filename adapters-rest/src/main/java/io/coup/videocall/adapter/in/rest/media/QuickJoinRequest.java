package io.coup.videocall.adapter.in.rest.media;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /quick-join}. {@code username} is only the name shown to the others: who joins is the token's
 * subject. Unknown fields (a {@code userId}, say) are ignored.
 *
 * @param autoCreateSession start a call when none is in progress (default true)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuickJoinRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String studyId,
                               @Size(max = 100) String sessionName,
                               Boolean autoCreateSession,
                               @Size(max = 64) String sessionId,
                               @Size(max = 100) String username) {
}
