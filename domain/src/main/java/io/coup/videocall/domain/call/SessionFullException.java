package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

import java.util.Map;

public class SessionFullException extends DomainException {

    public SessionFullException(SessionId sessionId, int maxParticipants) {
        super(ErrorCode.SESSION_FULL, "Session " + sessionId + " is full (" + maxParticipants + " participants).",
                Map.of("maxParticipants", maxParticipants));
    }
}
