package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;

public class ParticipantNotFoundException extends DomainException {

    public ParticipantNotFoundException(SessionId sessionId, UserId userId) {
        super(ErrorCode.PARTICIPANT_NOT_FOUND, "User " + userId + " never joined session " + sessionId + ".");
    }
}
