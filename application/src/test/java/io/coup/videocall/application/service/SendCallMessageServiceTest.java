package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallMessageView;
import io.coup.videocall.application.port.in.call.SendCallMessageCommand;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.out.CallMessage;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class SendCallMessageServiceTest {

    private final Fixture world = new Fixture();
    private final SendCallMessageService service = world.sendCallMessage();

    private CallMessageView send(SessionId call, UserId user, String text) {
        return service.send(new SendCallMessageCommand(STUDY, call, user, text));
    }

    @Test
    void a_message_is_stored_with_the_session_and_counts_toward_the_senders_message_count() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(3);

        CallMessageView first = send(call, MEMBER, "hello");
        send(call, MEMBER, "again");
        send(call, OWNER, "hi");

        assertThat(first.sessionId()).isEqualTo(call.value());
        assertThat(first.userId()).isEqualTo(MEMBER.value());
        assertThat(first.message()).isEqualTo("hello");
        assertThat(first.createdAt()).isEqualTo(world.now());
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().messageCount()).isEqualTo(2);
        assertThat(world.stored(call).participant(OWNER).orElseThrow().messageCount()).isEqualTo(1);
        assertThat(world.callMessages.all()).extracting(CallMessage::message).containsExactly("hello", "again", "hi");
        assertThat(world.callMessages.all().get(0).id()).isEqualTo(first.id());
        assertThat(world.callMessages.all()).extracting(CallMessage::id).doesNotHaveDuplicates();
    }

    @Test
    void someone_who_is_not_present_in_the_call_cannot_chat_in_it() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> send(call, BOB, "hello"));
        assertThat(world.callMessages.all()).isEmpty();
    }

    @Test
    void a_participant_who_left_cannot_chat_and_nothing_is_counted() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.leaveCall().leave(new SessionCommand(STUDY, call, MEMBER));

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> send(call, MEMBER, "still here?"));
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().messageCount()).isZero();
        assertThat(world.callMessages.all()).isEmpty();
    }

    @Test
    void non_members_and_other_studies_calls_are_refused() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> send(call, OUTSIDER, "hi"));
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND,
                () -> service.send(new SendCallMessageCommand(OTHER_STUDY, call, MEMBER, "hi")));
        assertThat(world.callMessages.all()).isEmpty();
    }

    @Test
    void an_ended_call_takes_no_messages() {
        SessionId call = world.call(OWNER, OWNER);
        world.leaveCall().leave(new SessionCommand(STUDY, call, OWNER));

        assertFailsWith(ErrorCode.SESSION_ENDED, () -> send(call, OWNER, "bye"));
        assertThat(world.callMessages.all()).isEmpty();
    }
}
