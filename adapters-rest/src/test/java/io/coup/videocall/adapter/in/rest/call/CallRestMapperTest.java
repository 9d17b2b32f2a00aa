package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.Samples;
import io.coup.videocall.adapter.in.rest.UserBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.AttendeeBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.HistoryResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.HistorySessionBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.LiveSessionBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.PaginationBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.ParticipantBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.ParticipantDetailBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SegmentBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionDetailBody;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.coup.videocall.adapter.in.rest.Samples.T0;
import static io.coup.videocall.adapter.in.rest.Samples.T1;
import static io.coup.videocall.adapter.in.rest.Samples.T2;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field of every call view lands in its namesake; the samples hold a distinct value in each. */
class CallRestMapperTest {

    private static final UserBody ALICE = new UserBody("alice", "Alice", "https://img.example/alice.png");
    private static final UserBody BOB = new UserBody("bob", null, null);
    private static final SessionBody ENDED = new SessionBody("s-1", "algo", "study-algo-s-1", "Daily sync", "alice",
            T0, T2, 1800L, MediaProvider.OPENVIDU, ALICE);

    private final CallRestMapper mapper = new CallRestMapperImpl();

    @Test
    void session() {
        assertThat(mapper.toBody(Samples.ENDED_SESSION)).isEqualTo(ENDED);
        assertThat(mapper.toBody(Samples.SESSION)).isEqualTo(new SessionBody("s-1", "algo", "study-algo-s-1",
                "Daily sync", "alice", T0, null, null, MediaProvider.MESH, ALICE));
    }

    @Test
    void participant() {
        assertThat(mapper.toBody(Samples.PARTICIPANT)).isEqualTo(new ParticipantBody("p-1", "s-1", "alice", T0, null,
                930, 60, 120, 30, true, false, true, ALICE));
        assertThat(mapper.toBody(Samples.LEFT_PARTICIPANT)).isEqualTo(new ParticipantBody("p-2", "s-1", "bob", T1, T2,
                300, 0, 5, 0, false, true, false, BOB));
    }

    @Test
    void live_session() {
        assertThat(mapper.toLiveSession(Samples.STATUS)).isEqualTo(new LiveSessionBody(
                mapper.toBody(Samples.SESSION), 2, List.of(mapper.toBody(Samples.PARTICIPANT))));
    }

    @Test
    void history() {
        assertThat(mapper.toHistory(Samples.HISTORY)).isEqualTo(new HistoryResponse(
                List.of(new HistorySessionBody(ENDED, List.of(new AttendeeBody("p-1", "alice", 1800, ALICE)), 1)),
                new PaginationBody(2, 10, 11, 2)));
    }

    @Test
    void session_detail() {
        assertThat(mapper.toDetail(Samples.DETAIL)).isEqualTo(new SessionDetailBody(ENDED, List.of(
                new ParticipantDetailBody(mapper.toBody(Samples.LEFT_PARTICIPANT),
                        List.of(new SegmentBody(T1, T2, LeaveReason.LEFT)), 4))));
    }
}
