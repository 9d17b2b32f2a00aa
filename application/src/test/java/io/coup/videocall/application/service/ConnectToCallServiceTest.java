package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand.Purpose;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import static io.coup.videocall.application.service.Fixture.BANNED;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectToCallServiceTest {

    private final Fixture world = new Fixture();
    private final ConnectToCallService service = world.connectToCall();

    private CallConnectionView connect(SessionId call, UserId user, Purpose purpose) {
        return connect(call, user, null, purpose, null);
    }

    private CallConnectionView connect(SessionId call, UserId user, String name, Purpose purpose, String last) {
        return service.connect(new ConnectToCallCommand(call, user, name, purpose, last));
    }

    private String mediaRoom(SessionId call) {
        return world.stored(call).mediaRoomId();
    }

    @Test
    void joining_admits_the_caller_and_issues_a_connection_in_the_calls_media_room() {
        SessionId call = world.call(OWNER, OWNER);

        CallConnectionView joined = connect(call, MEMBER, Purpose.JOIN);

        assertThat(joined.token()).isEqualTo("token-" + joined.connectionId());
        assertThat(joined.displayName()).isEqualTo("Mina");
        assertThat(joined.session().id()).isEqualTo(call.value());
        assertThat(joined.participant().userId()).isEqualTo(MEMBER.value());
        VideoCallSession stored = world.stored(call);
        assertThat(stored.participant(MEMBER).orElseThrow().isPresent()).isTrue();
        assertThat(stored.mediaRoomId()).isEqualTo(call.value());
        assertThat(world.media.connections(stored.mediaRoomId()))
                .extracting(c -> c.connectionId() + " " + c.userId().value())
                .containsExactly(joined.connectionId() + " mina");
    }

    @Test
    void the_name_a_client_sends_is_only_the_display_name_the_identity_is_the_callers() {
        SessionId call = world.call(OWNER, OWNER);

        CallConnectionView joined = connect(call, MEMBER, "Mina on her phone", Purpose.JOIN, null);

        assertThat(joined.displayName()).isEqualTo("Mina on her phone");
        assertThat(joined.participant().userId()).isEqualTo("mina");
        assertThat(world.media.requests()).contains("connect " + call.value() + " mina Mina on her phone");
    }

    @Test
    void every_join_is_a_new_connection_and_one_participant() {
        SessionId call = world.call(OWNER, OWNER);

        String first = connect(call, MEMBER, Purpose.JOIN).connectionId();
        String second = connect(call, MEMBER, Purpose.JOIN).connectionId();

        assertThat(first).isNotEqualTo(second);
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments()).hasSize(1);
    }

    @Test
    void when_the_media_server_is_down_nothing_is_recorded() {
        SessionId call = world.call(OWNER, OWNER);
        world.media.down();

        assertThatThrownBy(() -> connect(call, MEMBER, Purpose.JOIN)).isInstanceOf(MediaServerUnavailableException.class);

        assertThat(world.stored(call).participant(MEMBER)).isEmpty();
        assertThat(world.sessions.saveCount()).isZero();
    }

    @Test
    void outsiders_are_not_members_and_an_unknown_session_is_not_found() {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> connect(call, OUTSIDER, Purpose.JOIN));
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> connect(call, BANNED, Purpose.JOIN));
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> connect(SessionId.of("no-such-call"), MEMBER, Purpose.JOIN));
        assertThat(world.media.requests()).isEmpty();
    }

    @Test
    void a_refresh_issues_a_new_token_leaves_the_old_connection_and_attendance_alone() {
        SessionId call = world.call(OWNER, OWNER);
        CallConnectionView joined = connect(call, MEMBER, Purpose.JOIN);
        world.advance(600);

        CallConnectionView refreshed = connect(call, MEMBER, Purpose.REFRESH);

        assertThat(refreshed.connectionId()).isNotEqualTo(joined.connectionId());
        assertThat(world.media.connections(mediaRoom(call))).extracting(c -> c.connectionId())
                .containsExactly(joined.connectionId(), refreshed.connectionId());
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments()).hasSize(1);
        assertThat(refreshed.participant().duration()).isEqualTo(600);
    }

    @Test
    void only_someone_present_may_refresh() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));

        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> connect(call, MEMBER, Purpose.REFRESH));
        assertFailsWith(ErrorCode.PARTICIPANT_NOT_FOUND, () -> connect(call, BOB, Purpose.REFRESH));
        assertThat(world.stored(call).participant(BOB)).isEmpty();
    }

    @Test
    void a_reconnect_ends_the_callers_last_connection_issues_a_new_one_and_keeps_one_segment() {
        SessionId call = world.call(OWNER, OWNER);
        CallConnectionView joined = connect(call, MEMBER, Purpose.JOIN);
        world.advance(30);

        CallConnectionView again = connect(call, MEMBER, null, Purpose.RECONNECT, joined.connectionId());

        assertThat(world.media.requests()).contains("disconnect " + mediaRoom(call) + " " + joined.connectionId());
        assertThat(world.media.connections(mediaRoom(call))).extracting(c -> c.connectionId())
                .containsExactly(again.connectionId());
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments())
                .extracting(AttendanceSegment::leftAt).containsExactly((java.time.Instant) null);
    }

    @Test
    void a_reconnect_never_cuts_someone_elses_connection_and_ignores_one_already_gone() {
        SessionId call = world.call(OWNER, OWNER);
        CallConnectionView bobs = connect(call, BOB, Purpose.JOIN);

        connect(call, MEMBER, null, Purpose.RECONNECT, bobs.connectionId());
        connect(call, MEMBER, null, Purpose.RECONNECT, "con-gone");

        assertThat(world.media.requests()).noneMatch(r -> r.startsWith("disconnect"));
        assertThat(world.media.connections(mediaRoom(call))).extracting(c -> c.connectionId())
                .contains(bobs.connectionId());
    }

    @Test
    void a_reconnect_after_a_recorded_drop_opens_a_new_segment() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(60);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.DISCONNECTED));
        world.advance(60);

        connect(call, MEMBER, null, Purpose.RECONNECT, null);

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().segments()).hasSize(2);
    }

    @Test
    void a_call_started_under_the_other_provider_is_refused_with_503() {
        VideoCallSession openVidu = VideoCallSession.start(Fixture.STUDY, null, OWNER, world.now(),
                io.coup.videocall.domain.call.MediaProvider.OPENVIDU, 10, false);
        world.sessions.add(openVidu);

        assertFailsWith(ErrorCode.MEDIA_SERVER_UNAVAILABLE, () -> connect(openVidu.id(), MEMBER, Purpose.JOIN));
        assertThat(world.stored(openVidu.id()).participant(MEMBER)).isEmpty();
    }
}
