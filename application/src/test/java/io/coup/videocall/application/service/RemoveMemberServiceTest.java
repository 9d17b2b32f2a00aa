package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.NO_SUCH_STUDY;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.PENDING;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class RemoveMemberServiceTest {

    private final Fixture world = new Fixture();
    private final RemoveMemberService service = world.removeMember();

    private void remove(UserId actor, UserId member) {
        service.remove(new RemoveMemberCommand(STUDY, actor, member));
    }

    private Study stored() {
        return world.studies.stored(STUDY).orElseThrow();
    }

    @Test
    void a_moderator_removes_a_member() {
        remove(ADMIN, BOB);

        assertThat(stored().member(BOB)).isEmpty();
        assertThat(world.studies.loadActiveStudiesOf(BOB)).isEmpty();
    }

    @Test
    void a_member_leaves_by_themself() {
        remove(MEMBER, MEMBER);

        assertThat(stored().member(MEMBER)).isEmpty();
    }

    @Test
    void a_pending_member_withdraws_by_themself() {
        remove(PENDING, PENDING);

        assertThat(stored().member(PENDING)).isEmpty();
    }

    @Test
    void a_plain_member_may_not_remove_someone_else() {
        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> remove(MEMBER, BOB));

        assertThat(stored().isActiveMember(BOB)).isTrue();
        assertThat(world.studies.saveCount()).isZero();
    }

    @Test
    void only_an_owner_removes_an_admin() {
        world.updateMember().update(new io.coup.videocall.application.port.in.study.UpdateMemberCommand(
                STUDY, OWNER, BOB, StudyRole.ADMIN, MemberStatus.ACTIVE));

        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> remove(ADMIN, BOB));

        remove(OWNER, BOB);
        assertThat(stored().member(BOB)).isEmpty();
    }

    @Test
    void the_last_owner_cannot_leave() {
        assertFailsWith(ErrorCode.LAST_OWNER, () -> remove(OWNER, OWNER));

        assertThat(stored().isModerator(OWNER)).isTrue();
    }

    @Test
    void removing_someone_who_is_no_member_is_not_found() {
        assertFailsWith(ErrorCode.USER_NOT_FOUND, () -> remove(OWNER, OUTSIDER));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void non_members_may_not_remove_anyone(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.remove(new RemoveMemberCommand(study, caller, BOB)));

        assertThat(stored().isActiveMember(BOB)).isTrue();
    }

    @Test
    void an_outsider_leaving_a_study_learns_nothing_about_it() {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> remove(OUTSIDER, OUTSIDER));
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.remove(new RemoveMemberCommand(NO_SUCH_STUDY, OUTSIDER, OUTSIDER)));
    }
}
