package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EndCallServiceTest {

    private final Fixture world = new Fixture();
    private final EndCallService service = world.endCall();

    private SessionView end(SessionId session, UserId user) {
        return service.end(new SessionCommand(STUDY, session, user));
    }

    @Test
    void a_plain_member_ends_the_call_they_started() {
        SessionId call = world.call(MEMBER, MEMBER, BOB);
        Instant end = world.advance(1800);

        SessionView view = end(call, MEMBER);

        assertThat(view.id()).isEqualTo(call.value());
        assertThat(view.endedAt()).isEqualTo(end);
        assertThat(view.duration()).isEqualTo(1800);
        assertThat(view.starter().name()).isEqualTo("Mina");
        assertThat(world.stored(call).isEnded()).isTrue();
        assertThat(world.sessions.loadActiveSnapshot(STUDY)).isEmpty();
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void a_moderator_ends_a_call_someone_else_started() {
        SessionId call = world.call(MEMBER, MEMBER);
        world.advance(10);

        assertThat(end(call, ADMIN).endedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(world.stored(call).isEnded()).isTrue();
    }

    @Test
    void the_owner_ends_a_call_someone_else_started() {
        SessionId call = world.call(MEMBER, MEMBER);

        end(call, OWNER);

        assertThat(world.stored(call).isEnded()).isTrue();
    }

    @Test
    void a_plain_member_who_did_not_start_the_call_may_not_end_it() {
        SessionId call = world.call(MEMBER, MEMBER, BOB);

        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> end(call, BOB));

        assertThat(world.stored(call).isEnded()).isFalse();
        assertThat(world.sessions.saveCount()).isZero();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void ending_closes_everyones_segments_and_media_time_at_the_end() {
        SessionId call = world.call(OWNER, OWNER, MEMBER, BOB);
        world.change(call, s -> s.switchMedia(BOB, MediaKind.VIDEO_OFF, true, world.now()));
        world.advance(100);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        Instant end = world.advance(200);

        end(call, OWNER);
        world.advance(500);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.presentParticipants()).isEmpty();
        assertThat(stored.participants())
                .extracting(Participant::userId, p -> p.segments().get(p.segments().size() - 1).leaveReason(), Participant::leftAt)
                .containsExactly(
                        tuple(OWNER, LeaveReason.SESSION_ENDED, end),
                        tuple(MEMBER, LeaveReason.LEFT, T0.plusSeconds(100)),
                        tuple(BOB, LeaveReason.SESSION_ENDED, end));
        Participant bob = stored.participant(BOB).orElseThrow();
        assertThat(bob.attendedMillis(world.now())).isEqualTo(300_000);
        assertThat(bob.mediaMillis(MediaKind.VIDEO_OFF, world.now())).isEqualTo(300_000);
        assertThat(bob.isVideoOff()).isFalse();
        assertThat(bob.segments()).extracting(AttendanceSegment::isOpen).containsOnly(false);
    }

    @Test
    void ending_an_ended_call_again_is_harmless() {
        SessionId call = world.call(MEMBER, MEMBER);
        Instant end = world.advance(60);
        end(call, MEMBER);
        int saves = world.sessions.saveCount();
        world.advance(60);

        SessionView again = end(call, OWNER);

        assertThat(again.endedAt()).isEqualTo(end);
        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.endedNotice(STUDY, call));
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> end(foreign, OWNER));

        assertThat(world.stored(foreign).isEnded()).isFalse();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> end(SessionId.of("nope"), OWNER));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_may_end_a_call(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.end(new SessionCommand(study, call, caller)));

        assertThat(world.stored(call).isEnded()).isFalse();
    }

    @Test
    void a_starter_who_was_banned_since_may_no_longer_end_the_call() {
        SessionId call = world.call(Fixture.BANNED, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> end(call, Fixture.BANNED));
    }

    @Test
    void ending_closes_the_media_room_and_a_call_without_one_needs_no_media_server() {
        SessionId withRoom = startedWithMediaRoom();
        String room = world.stored(withRoom).mediaRoomId();
        SessionId withoutRoom = world.call(OTHER_STUDY, ZOE, ZOE);

        end(withRoom, MEMBER);
        service.end(new SessionCommand(OTHER_STUDY, withoutRoom, ZOE));

        assertThat(world.media.requests()).containsExactly("open " + room, "close " + room);
        assertThat(world.media.hasRoom(room)).isFalse();
        assertThat(world.stored(withoutRoom).isEnded()).isTrue();
    }

    @Test
    void when_the_media_server_cannot_close_the_room_the_call_goes_on() {
        SessionId call = startedWithMediaRoom();
        world.media.down();

        assertFailsWith(ErrorCode.MEDIA_SERVER_UNAVAILABLE, () -> end(call, MEMBER));

        assertThat(world.stored(call).isEnded()).isFalse();
        assertThat(world.notifier.notices()).hasSize(1);
    }

    private SessionId startedWithMediaRoom() {
        return SessionId.of(world.startCall().start(new StartCallCommand(STUDY, MEMBER, null)).session().id());
    }

    @Test
    void a_call_with_a_room_of_the_other_provider_still_ends_without_asking_this_one() {
        VideoCallSession openVidu = VideoCallSession.start(STUDY, null, MEMBER, world.now(),
                io.coup.videocall.domain.call.MediaProvider.OPENVIDU, 10, false);
        openVidu.assignMediaRoom("ses_elsewhere");
        world.sessions.add(openVidu);

        end(openVidu.id(), MEMBER);

        assertThat(world.stored(openVidu.id()).isEnded()).isTrue();
        assertThat(world.media.requests()).isEmpty();
    }
}
