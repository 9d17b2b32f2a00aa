package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.function.Consumer;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static io.coup.videocall.application.testing.RecordingNotifier.endedNotice;
import static io.coup.videocall.application.testing.RecordingNotifier.membershipEndedNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SPEC §3: only ACTIVE members use a study's calls. Whoever stops being one (removed, leaving by themself, banned, set
 * pending) while in the study's call leaves it at that instant, and their sockets are told to leave the study's rooms.
 */
class MembershipEndTest {

    private final Fixture world = new Fixture();

    /** The ways an active member stops being one. */
    enum Ending {
        REMOVED_BY_A_MODERATOR(w -> w.removeMember().remove(new RemoveMemberCommand(STUDY, ADMIN, MEMBER))),
        LEFT_BY_THEMSELF(w -> w.removeMember().remove(new RemoveMemberCommand(STUDY, MEMBER, MEMBER))),
        BANNED(w -> w.updateMember().update(new UpdateMemberCommand(STUDY, ADMIN, MEMBER, null, MemberStatus.BANNED))),
        SET_PENDING(w -> w.updateMember().update(
                new UpdateMemberCommand(STUDY, ADMIN, MEMBER, null, MemberStatus.PENDING)));

        private final Consumer<Fixture> end;

        Ending(Consumer<Fixture> end) {
            this.end = end;
        }
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void a_member_present_in_the_call_leaves_it_as_removed_when_their_membership_ends(Ending ending) {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Instant endedAt = world.advance(90);

        ending.end.accept(world);

        VideoCallSession stored = world.stored(call);
        assertThat(stored.participant(MEMBER).orElseThrow().segments())
                .extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(endedAt, LeaveReason.REMOVED));
        assertThat(stored.isEnded()).isFalse();
        assertThat(world.notifier.notices()).containsExactly(membershipEndedNotice(STUDY, MEMBER));
    }

    @Test
    void the_last_person_present_ends_the_call_and_everyone_is_told() {
        SessionId call = world.call(OWNER, MEMBER);
        Instant endedAt = world.advance(30);

        Ending.BANNED.end.accept(world);

        assertThat(world.stored(call).endedAt()).isEqualTo(endedAt);
        assertThat(world.notifier.notices())
                .containsExactly(endedNotice(STUDY, call), membershipEndedNotice(STUDY, MEMBER));
    }

    @Test
    void someone_not_in_the_call_only_has_their_sockets_told() {
        SessionId call = world.call(OWNER, OWNER);
        int saves = world.sessions.saveCount();

        Ending.REMOVED_BY_A_MODERATOR.end.accept(world);

        assertThat(world.sessions.saveCount()).isEqualTo(saves);
        assertThat(world.stored(call).participant(MEMBER)).isEmpty();
        assertThat(world.notifier.notices()).containsExactly(membershipEndedNotice(STUDY, MEMBER));
    }

    @Test
    void a_change_that_keeps_them_active_changes_nothing_in_the_call() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);

        world.updateMember().update(new UpdateMemberCommand(STUDY, OWNER, MEMBER, StudyRole.ADMIN, null));

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isPresent()).isTrue();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void made_active_again_they_may_rejoin_the_call_unlike_someone_kicked() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        Ending.SET_PENDING.end.accept(world);
        world.updateMember().update(new UpdateMemberCommand(STUDY, ADMIN, MEMBER, null, MemberStatus.ACTIVE));

        world.joinCall().join(new SessionCommand(STUDY, call, MEMBER));

        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isPresent()).isTrue();
    }

    @Test
    void their_media_connections_are_cut_and_only_theirs() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        String theirs = world.connect(call, MEMBER);
        String room = world.stored(call).mediaRoomId();

        Ending.BANNED.end.accept(world);

        assertThat(world.media.requests()).contains("disconnect " + room + " " + theirs);
        assertThat(world.media.connections(room)).extracting(LiveConnection::userId).containsOnly(OWNER);
    }

    @Test
    void when_the_media_server_cannot_cut_them_the_membership_change_fails_and_changes_nothing() {
        SessionId call = world.mediaCall(OWNER, OWNER, MEMBER);
        world.connect(call, MEMBER);
        world.media.down();

        assertFailsWith(ErrorCode.MEDIA_SERVER_UNAVAILABLE, () -> Ending.REMOVED_BY_A_MODERATOR.end.accept(world));

        assertThat(world.studies.stored(STUDY).orElseThrow().isActiveMember(MEMBER)).isTrue();
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isPresent()).isTrue();
        assertThat(world.notifier.notices()).isEmpty();
    }
}
