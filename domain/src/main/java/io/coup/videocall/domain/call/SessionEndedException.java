package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

public class SessionEndedException extends DomainException {

    public SessionEndedException(SessionId sessionId) {
        super(ErrorCode.SESSION_ENDED, "Session " + sessionId + " has ended.");
    }
}
