package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;

/** Media state and chat belong to people in the call; someone who left has neither. */
public class ParticipantNotPresentException extends DomainException {

    public ParticipantNotPresentException(UserId userId) {
        super(ErrorCode.PARTICIPANT_NOT_FOUND, "User " + userId + " is not in the call.");
    }
}
