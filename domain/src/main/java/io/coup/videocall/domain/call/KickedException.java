package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;

public class KickedException extends DomainException {

    public KickedException(SessionId sessionId, UserId userId) {
        super(ErrorCode.KICKED, "User " + userId + " was removed from session " + sessionId + " and cannot rejoin it.");
    }
}
