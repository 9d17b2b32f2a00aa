package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SocketIoCallNotifierTest {

    private static final StudyId STUDY = StudyId.of("algo");
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");

    /** What reached the rooms, in order. */
    private final RecordingSocketRooms rooms = new RecordingSocketRooms();
    private final List<String> sent = rooms.done;
    private final SocketIoCallNotifier notifier = new SocketIoCallNotifier(rooms);

    @AfterEach
    void clearSynchronization() {
        Transactions.reset();
    }

    @Test
    void inside_a_transaction_nothing_leaves_before_the_commit() {
        Transactions.begin();

        notifier.callEnded(STUDY, SESSION);
        notifier.forceMute(BOB, SESSION, ANN);
        assertThat(sent).isEmpty();

        Transactions.end(true);
        assertThat(sent).containsExactly("study:algo video:ended {sessionId=s-1}", "user:bob video:force-mute {by=ann}");
    }

    @Test
    void a_rolled_back_transaction_sends_nothing() {
        Transactions.begin();

        notifier.callEnded(STUDY, SESSION);
        notifier.kicked(BOB, SESSION, ANN);
        Transactions.end(false);

        assertThat(sent).isEmpty();
    }

    @Test
    void outside_a_transaction_pushes_leave_at_once() {
        notifier.callEnded(STUDY, SESSION);

        assertThat(sent).containsExactly("study:algo video:ended {sessionId=s-1}");
    }

    @Test
    void a_kick_tells_the_users_sockets_and_then_takes_them_out_of_the_call_room() {
        notifier.kicked(BOB, SESSION, ANN);

        assertThat(sent).containsExactly("user:bob video:kicked {sessionId=s-1, by=ann}", "remove bob from s-1");
    }

    @Test
    void an_ended_membership_takes_the_users_sockets_out_of_the_studys_rooms() {
        notifier.membershipEnded(STUDY, BOB);

        assertThat(sent).containsExactly("end membership of bob in algo");
    }

    @Test
    void started_carries_the_session_as_rest_shows_it() {
        SessionView session = new SessionView("s-1", "algo", "study-algo-s-1", null, "ann",
                Instant.parse("2025-11-19T10:30:00Z"), null, null, MediaProvider.MESH, new UserView("ann", "Ann", null));

        notifier.callStarted(STUDY, session);

        Map<String, Object> starter = new LinkedHashMap<>();
        starter.put("id", "ann");
        starter.put("name", "Ann");
        starter.put("avatar", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "s-1");
        body.put("studyId", "algo");
        body.put("roomId", "study-algo-s-1");
        body.put("name", null);
        body.put("startedBy", "ann");
        body.put("startedAt", "2025-11-19T10:30:00.000Z");
        body.put("endedAt", null);
        body.put("duration", null);
        body.put("mediaProvider", "MESH");
        body.put("starter", starter);
        assertThat(SocketIoCallNotifier.sessionBody(session)).containsExactlyEntriesOf(body);
        assertThat(sent).containsExactly("study:algo video:started " + Map.of("session", body));
    }

    @Test
    void a_failing_push_does_not_fail_the_caller() {
        SocketIoCallNotifier failing = new SocketIoCallNotifier(new RecordingSocketRooms() {
            @Override
            public void send(String room, String event, Object payload) {
                throw new IllegalStateException("socket server down");
            }
        });

        failing.callEnded(STUDY, SESSION);
    }
}
