package io.coup.videocall.adapter.in.rest.openvidu;

import io.coup.videocall.domain.call.LeaveReason;

/**
 * OpenVidu 2's {@code reason} of a {@code participantLeft} event, in our attendance vocabulary (SPEC §3). OpenVidu
 * documents: {@code disconnect} (the client called {@code Session.disconnect()}), {@code forceDisconnectByUser}
 * (evicted by a moderator's client), {@code forceDisconnectByServer} (evicted through the REST API),
 * {@code sessionClosedByServer} (the session was closed through the REST API), {@code networkDisconnect} (the
 * client's network dropped and did not come back), {@code openviduServerStopped}, {@code mediaServerDisconnect},
 * {@code nodeCrashed}.
 */
final class OpenViduLeaveReasons {

    private OpenViduLeaveReasons() {
    }

    /**
     * An eviction is recorded as KICKED: our own kick has closed the visit already, so one that reaches here came
     * from someone else with access to OpenVidu, and it still is a removal. It does not bar the person from coming
     * back; only our kick does. Any reason OpenVidu may add later counts as a lost connection.
     */
    static LeaveReason of(String openViduReason) {
        return switch (openViduReason) {
            case "disconnect" -> LeaveReason.LEFT;
            case "forceDisconnectByUser", "forceDisconnectByServer" -> LeaveReason.KICKED;
            case "sessionClosedByServer" -> LeaveReason.SESSION_ENDED;
            default -> LeaveReason.DISCONNECTED;
        };
    }
}
