package io.coup.videocall.adapter.in.rest.openvidu;

import io.coup.videocall.domain.call.LeaveReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenViduLeaveReasonsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "disconnect, LEFT",
            "forceDisconnectByUser, KICKED",
            "forceDisconnectByServer, KICKED",
            "sessionClosedByServer, SESSION_ENDED",
            "networkDisconnect, DISCONNECTED",
            "openviduServerStopped, DISCONNECTED",
            "mediaServerDisconnect, DISCONNECTED",
            "nodeCrashed, DISCONNECTED",
            "someReasonOfALaterVersion, DISCONNECTED"
    })
    void each_openvidu_reason_closes_the_visit_with_our_reason(String openViduReason, LeaveReason expected) {
        assertThat(OpenViduLeaveReasons.of(openViduReason)).isEqualTo(expected);
    }
}
