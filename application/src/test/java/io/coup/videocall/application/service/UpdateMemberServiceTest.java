package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.PENDING;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class UpdateMemberServiceTest {

    private static final UserId NEWCOMER = UserId.of("never-signed-in");

    private final Fixture world = new Fixture();
    private final UpdateMemberService service = world.updateMember();

    private MemberView update(UserId actor, UserId member, StudyRole role, MemberStatus status) {
        return service.update(new UpdateMemberCommand(STUDY, actor, member, role, status));
    }

    private StudyMember stored(UserId member) {
        return world.studies.stored(STUDY).orElseThrow().member(member).orElseThrow();
    }

    @Test
    void an_owner_adds_an_unknown_user_who_becomes_known_by_id() {
        Instant now = world.advance(120);

        MemberView view = update(OWNER, NEWCOMER, null, null);

        assertThat(view).isEqualTo(new MemberView("never-signed-in", null, null, StudyRole.MEMBER, MemberStatus.ACTIVE, now));
        assertThat(world.users.loadUser(NEWCOMER)).contains(User.known(NEWCOMER));
        assertThat(stored(NEWCOMER)).isEqualTo(new StudyMember(NEWCOMER, StudyRole.MEMBER, MemberStatus.ACTIVE, now));
    }

    @Test
    void adding_a_known_user_keeps_their_profile() {
        MemberView view = update(ADMIN, OUTSIDER, null, MemberStatus.PENDING);

        assertThat(view.name()).isEqualTo("Olga");
        assertThat(view.avatar()).isEqualTo("https://img.example/olga.png");
        assertThat(view.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(world.users.saveCount()).isZero();
        assertThat(world.users.loadUser(OUTSIDER).orElseThrow().name()).isEqualTo("Olga");
    }

    @Test
    void a_moderator_approves_a_pending_member() {
        update(ADMIN, PENDING, null, MemberStatus.ACTIVE);

        assertThat(stored(PENDING).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(world.studies.loadActiveStudiesOf(PENDING)).extracting(Study::id).containsExactly(STUDY);
    }

    @Test
    void a_moderator_bans_a_member_who_then_is_no_member() {
        MemberView view = update(ADMIN, BOB, null, MemberStatus.BANNED);

        assertThat(view.role()).isEqualTo(StudyRole.MEMBER);
        assertThat(view.status()).isEqualTo(MemberStatus.BANNED);
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> world.listMembers()
                .members(new io.coup.videocall.application.port.in.study.StudyQuery(STUDY, BOB)));
    }

    @Test
    void the_owner_appoints_an_admin() {
        update(OWNER, MEMBER, StudyRole.ADMIN, null);

        assertThat(stored(MEMBER).role()).isEqualTo(StudyRole.ADMIN);
    }

    @Test
    void a_plain_member_may_not_manage_members() {
        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> update(MEMBER, BOB, null, MemberStatus.BANNED));
        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> update(MEMBER, NEWCOMER, null, null));

        assertThat(stored(BOB).status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(world.studies.stored(STUDY).orElseThrow().member(NEWCOMER)).isEmpty();
        assertThat(world.users.loadUser(NEWCOMER)).isEmpty();
        assertThat(world.studies.saveCount()).isZero();
    }

    @Test
    void only_an_owner_hands_out_or_changes_privileged_roles() {
        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> update(ADMIN, MEMBER, StudyRole.ADMIN, null));
        assertFailsWith(ErrorCode.PERMISSION_DENIED, () -> update(ADMIN, OWNER, null, MemberStatus.BANNED));

        assertThat(stored(MEMBER).role()).isEqualTo(StudyRole.MEMBER);
        assertThat(stored(OWNER).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void the_last_owner_cannot_step_down() {
        assertFailsWith(ErrorCode.LAST_OWNER, () -> update(OWNER, OWNER, StudyRole.ADMIN, null));
        assertFailsWith(ErrorCode.LAST_OWNER, () -> update(OWNER, OWNER, null, MemberStatus.BANNED));

        assertThat(stored(OWNER)).extracting(StudyMember::role, StudyMember::status)
                .containsExactly(StudyRole.OWNER, MemberStatus.ACTIVE);
    }

    @Test
    void an_owner_hands_over_by_appointing_another_owner_first() {
        update(OWNER, ADMIN, StudyRole.OWNER, null);

        MemberView stepped = update(OWNER, OWNER, StudyRole.MEMBER, null);

        assertThat(stepped.role()).isEqualTo(StudyRole.MEMBER);
        assertThat(stored(ADMIN).role()).isEqualTo(StudyRole.OWNER);
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void non_members_may_not_manage_members(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.update(new UpdateMemberCommand(study, caller, NEWCOMER, null, null)));

        assertThat(world.users.loadUser(NEWCOMER)).isEmpty();
    }
}
