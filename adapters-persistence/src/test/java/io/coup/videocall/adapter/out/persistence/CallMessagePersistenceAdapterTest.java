package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallMessage;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.util.UUID;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallMessagePersistenceAdapterTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    private VideoCallSession givenCall(UserId starter) {
        StudyId study = givenStudy(starter);
        VideoCallSession call = VideoCallSession.start(study, "Chat", starter, T0, MediaProvider.MESH, 10, false);
        call.admit(starter, T0);
        inTransaction(() -> sessions.saveSession(call));
        return call;
    }

    private static CallMessage message(VideoCallSession call, UserId user, String text, Instant at) {
        return new CallMessage(UUID.randomUUID().toString(), call.id(), user, text, at);
    }

    @Test
    void messages_are_stored_with_their_call_and_read_back_in_order() {
        UserId alice = newUserId("alice");
        VideoCallSession call = givenCall(alice);
        String longest = "가".repeat(2000);   // 2000 characters, 6000 bytes in UTF-8
        CallMessage first = message(call, alice, "hello", T0.plusSeconds(1));
        CallMessage second = message(call, alice, longest, T0.plusSeconds(2));

        inTransaction(() -> {
            callMessages.saveCallMessage(second);
            callMessages.saveCallMessage(first);
        });

        assertThat(inTransaction(() -> callMessages.messagesOf(call.id()))).containsExactly(first, second);
    }

    @Test
    void a_message_needs_an_existing_call_and_text() {
        UserId bob = newUserId("bob");
        VideoCallSession call = givenCall(bob);
        VideoCallSession unsaved = VideoCallSession.start(givenStudy(bob), null, bob, T0, MediaProvider.MESH, 10, false);

        assertThatThrownBy(() -> inTransaction(() -> callMessages.saveCallMessage(message(unsaved, bob, "x", T0))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> inTransaction(() -> callMessages.saveCallMessage(message(call, bob, "   ", T0))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(inTransaction(() -> callMessages.messagesOf(call.id()))).isEmpty();
    }

    @Test
    void messages_go_with_their_call() {
        UserId carol = newUserId("carol");
        VideoCallSession call = givenCall(carol);
        inTransaction(() -> callMessages.saveCallMessage(message(call, carol, "bye", T0)));

        jdbc.update("DELETE FROM video_call_sessions WHERE id = ?", call.id().value());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_messages WHERE session_id = ?", Long.class,
                call.id().value())).isZero();
    }
}
