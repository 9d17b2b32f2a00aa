package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;

import java.util.List;

/**
 * @param reaped whose attendance was closed because the media server no longer had them
 * @param ended whether the call was ended by this reconciliation
 */
public record ReconciledCallView(SessionId sessionId, List<UserId> reaped, boolean ended) {

    public ReconciledCallView {
        reaped = List.copyOf(reaped);
    }
}
