package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** An event refused by the signaling layer itself (not in the room, target elsewhere), with the code the client sees. */
class SignalingRefusal extends DomainException {

    SignalingRefusal(ErrorCode code, String message) {
        super(code, message);
    }
}
