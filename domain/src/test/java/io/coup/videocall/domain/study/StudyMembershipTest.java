package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyMembershipTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final StudyId ID = StudyId.of("algo");
    private static final UserId OWNER = UserId.of("owner");
    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId MEMBER = UserId.of("member");
    private static final UserId OTHER = UserId.of("other");
    private static final UserId STRANGER = UserId.of("stranger");

    /** owner (OWNER), admin (ADMIN), member and other (MEMBER), all active. */
    private static Study study() {
        Study study = Study.found(ID, "Algorithms", OWNER, T0);
        study.putMember(OWNER, ADMIN, StudyRole.ADMIN, null, T0);
        study.putMember(OWNER, MEMBER, null, null, T0);
        study.putMember(OWNER, OTHER, null, null, T0);
        return study;
    }

    private static ErrorCode codeOf(Throwable e) {
        return ((DomainException) e).code();
    }

    // --- founding and access ---

    @Test
    void the_founder_is_the_first_active_owner() {
        Study study = Study.found(ID, "Algorithms", OWNER, T0);

        assertThat(study.members()).containsExactly(new StudyMember(OWNER, StudyRole.OWNER, MemberStatus.ACTIVE, T0));
        assertThat(study.requireModerator(OWNER).role()).isEqualTo(StudyRole.OWNER);
        assertThat(study.createdAt()).isEqualTo(T0);
    }

    @Test
    void an_active_member_is_let_in() {
        assertThat(study().requireActiveMember(MEMBER).userId()).isEqualTo(MEMBER);
    }

    @Test
    void a_non_member_is_refused_as_not_a_member() {
        assertThatThrownBy(() -> study().requireActiveMember(STRANGER))
                .isInstanceOf(NotStudyMemberException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.NOT_STUDY_MEMBER);
    }

    @Test
    void a_pending_member_is_refused_as_not_a_member() {
        Study study = study();
        study.putMember(OWNER, STRANGER, null, MemberStatus.PENDING, T1);

        assertThatThrownBy(() -> study.requireActiveMember(STRANGER))
                .isInstanceOf(NotStudyMemberException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.NOT_STUDY_MEMBER);
    }

    @Test
    void a_banned_member_is_refused_as_not_a_member() {
        Study study = study();
        study.putMember(OWNER, MEMBER, null, MemberStatus.BANNED, T1);

        assertThatThrownBy(() -> study.requireActiveMember(MEMBER))
                .isInstanceOf(NotStudyMemberException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.NOT_STUDY_MEMBER);
        assertThat(study.activeMembers()).extracting(StudyMember::userId).doesNotContain(MEMBER);
    }

    @Test
    void a_banned_admin_is_no_moderator() {
        Study study = study();
        study.putMember(OWNER, ADMIN, null, MemberStatus.BANNED, T1);

        assertThat(study.isModerator(ADMIN)).isFalse();
        assertThatThrownBy(() -> study.requireModerator(ADMIN)).isInstanceOf(NotStudyMemberException.class);
    }

    @Test
    void a_plain_member_is_no_moderator() {
        assertThatThrownBy(() -> study().requireModerator(MEMBER))
                .isInstanceOf(PermissionDeniedException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void owners_and_admins_are_moderators() {
        Study study = study();

        assertThat(study.isModerator(OWNER)).isTrue();
        assertThat(study.isModerator(ADMIN)).isTrue();
        assertThat(study.isModerator(MEMBER)).isFalse();
        assertThat(study.isModerator(STRANGER)).isFalse();
    }

    // --- adding and changing members ---

    @Test
    void an_unknown_user_is_added_as_an_active_member_by_default() {
        Study study = study();

        StudyMember added = study.putMember(OWNER, STRANGER, null, null, T1);

        assertThat(added).isEqualTo(new StudyMember(STRANGER, StudyRole.MEMBER, MemberStatus.ACTIVE, T1));
        assertThat(study.member(STRANGER)).contains(added);
        assertThat(study.isActiveMember(STRANGER)).isTrue();
    }

    @Test
    void changing_a_member_keeps_their_join_instant_and_unchanged_fields() {
        Study study = study();

        StudyMember changed = study.putMember(OWNER, MEMBER, null, MemberStatus.PENDING, T1);

        assertThat(changed).isEqualTo(new StudyMember(MEMBER, StudyRole.MEMBER, MemberStatus.PENDING, T0));
    }

    @Test
    void a_plain_member_cannot_manage_members() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(MEMBER, STRANGER, null, null, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(STRANGER)).isEmpty();
    }

    @Test
    void a_non_member_cannot_manage_members() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(STRANGER, STRANGER, StudyRole.OWNER, null, T1))
                .isInstanceOf(NotStudyMemberException.class);
        assertThat(study.member(STRANGER)).isEmpty();
    }

    @Test
    void an_admin_can_add_a_member() {
        Study study = study();

        StudyMember added = study.putMember(ADMIN, STRANGER, StudyRole.MEMBER, null, T1);

        assertThat(added.role()).isEqualTo(StudyRole.MEMBER);
        assertThat(study.isActiveMember(STRANGER)).isTrue();
    }

    @Test
    void an_admin_can_ban_a_member() {
        Study study = study();

        StudyMember banned = study.putMember(ADMIN, MEMBER, null, MemberStatus.BANNED, T1);

        assertThat(banned.status()).isEqualTo(MemberStatus.BANNED);
        assertThat(study.isActiveMember(MEMBER)).isFalse();
    }

    @Test
    void an_admin_cannot_appoint_an_admin() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(ADMIN, MEMBER, StudyRole.ADMIN, null, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(MEMBER).orElseThrow().role()).isEqualTo(StudyRole.MEMBER);
    }

    @Test
    void an_admin_cannot_appoint_an_owner() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(ADMIN, MEMBER, StudyRole.OWNER, null, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(MEMBER).orElseThrow().role()).isEqualTo(StudyRole.MEMBER);
    }

    @Test
    void an_admin_cannot_add_a_newcomer_as_admin() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(ADMIN, STRANGER, StudyRole.ADMIN, null, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(STRANGER)).isEmpty();
    }

    @Test
    void an_admin_cannot_ban_another_admin() {
        Study study = study();
        study.putMember(OWNER, OTHER, StudyRole.ADMIN, null, T1);

        assertThatThrownBy(() -> study.putMember(ADMIN, OTHER, null, MemberStatus.BANNED, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.isModerator(OTHER)).isTrue();
    }

    @Test
    void an_admin_cannot_demote_an_admin() {
        Study study = study();
        study.putMember(OWNER, OTHER, StudyRole.ADMIN, null, T1);

        assertThatThrownBy(() -> study.putMember(ADMIN, OTHER, StudyRole.MEMBER, null, T1))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_admin_cannot_touch_an_owner() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(ADMIN, OWNER, null, MemberStatus.BANNED, T1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.isModerator(OWNER)).isTrue();
    }

    @Test
    void an_owner_can_appoint_an_admin() {
        Study study = study();

        StudyMember appointed = study.putMember(OWNER, MEMBER, StudyRole.ADMIN, null, T1);

        assertThat(appointed.role()).isEqualTo(StudyRole.ADMIN);
        assertThat(study.isModerator(MEMBER)).isTrue();
    }

    @Test
    void an_owner_can_appoint_a_second_owner() {
        Study study = study();

        StudyMember appointed = study.putMember(OWNER, ADMIN, StudyRole.OWNER, null, T1);

        assertThat(appointed.role()).isEqualTo(StudyRole.OWNER);
        assertThat(study.requireModerator(ADMIN).role()).isEqualTo(StudyRole.OWNER);
    }

    // --- the last owner ---

    @Test
    void the_last_owner_cannot_be_demoted() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(OWNER, OWNER, StudyRole.ADMIN, null, T1))
                .isInstanceOf(LastOwnerException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.LAST_OWNER);
        assertThat(study.member(OWNER).orElseThrow().role()).isEqualTo(StudyRole.OWNER);
    }

    @Test
    void the_last_owner_cannot_be_banned() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(OWNER, OWNER, null, MemberStatus.BANNED, T1))
                .isInstanceOf(LastOwnerException.class);
        assertThat(study.isActiveMember(OWNER)).isTrue();
    }

    @Test
    void the_last_owner_cannot_be_set_pending() {
        Study study = study();

        assertThatThrownBy(() -> study.putMember(OWNER, OWNER, null, MemberStatus.PENDING, T1))
                .isInstanceOf(LastOwnerException.class);
    }

    @Test
    void the_last_owner_cannot_be_removed() {
        Study study = study();

        assertThatThrownBy(() -> study.removeMember(OWNER, OWNER))
                .isInstanceOf(LastOwnerException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.LAST_OWNER);
        assertThat(study.member(OWNER)).isPresent();
    }

    @Test
    void a_banned_owner_does_not_count_as_another_owner() {
        Study study = study();
        study.putMember(OWNER, ADMIN, StudyRole.OWNER, MemberStatus.BANNED, T1);

        assertThatThrownBy(() -> study.putMember(OWNER, OWNER, StudyRole.MEMBER, null, T1))
                .isInstanceOf(LastOwnerException.class);
    }

    @Test
    void an_owner_can_step_down_once_a_second_owner_exists() {
        Study study = study();
        study.putMember(OWNER, ADMIN, StudyRole.OWNER, null, T1);

        StudyMember demoted = study.putMember(OWNER, OWNER, StudyRole.MEMBER, null, T1);

        assertThat(demoted.role()).isEqualTo(StudyRole.MEMBER);
        assertThat(study.isModerator(OWNER)).isFalse();
    }

    @Test
    void an_owner_can_be_banned_once_a_second_owner_exists() {
        Study study = study();
        study.putMember(OWNER, ADMIN, StudyRole.OWNER, null, T1);

        study.putMember(ADMIN, OWNER, null, MemberStatus.BANNED, T1);

        assertThat(study.isActiveMember(OWNER)).isFalse();
    }

    @Test
    void an_owner_can_be_removed_once_a_second_owner_exists() {
        Study study = study();
        study.putMember(OWNER, ADMIN, StudyRole.OWNER, null, T1);

        study.removeMember(ADMIN, OWNER);

        assertThat(study.member(OWNER)).isEmpty();
    }

    // --- removing members ---

    @Test
    void a_member_may_remove_themself() {
        Study study = study();

        study.removeMember(MEMBER, MEMBER);

        assertThat(study.member(MEMBER)).isEmpty();
    }

    @Test
    void an_admin_may_remove_a_member() {
        Study study = study();

        study.removeMember(ADMIN, MEMBER);

        assertThat(study.member(MEMBER)).isEmpty();
    }

    @Test
    void an_admin_cannot_remove_an_admin_or_owner() {
        Study study = study();
        study.putMember(OWNER, OTHER, StudyRole.ADMIN, null, T1);

        assertThatThrownBy(() -> study.removeMember(ADMIN, OTHER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> study.removeMember(ADMIN, OWNER)).isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(OTHER)).isPresent();
        assertThat(study.member(OWNER)).isPresent();
    }

    @Test
    void an_owner_may_remove_an_admin() {
        Study study = study();

        study.removeMember(OWNER, ADMIN);

        assertThat(study.member(ADMIN)).isEmpty();
    }

    @Test
    void removing_a_non_member_is_member_not_found() {
        Study study = study();

        assertThatThrownBy(() -> study.removeMember(OWNER, STRANGER))
                .isInstanceOf(MemberNotFoundException.class)
                .extracting(StudyMembershipTest::codeOf).isEqualTo(ErrorCode.USER_NOT_FOUND);
    }

    @Test
    void a_plain_member_removing_someone_else_gets_a_permission_error_not_member_not_found() {
        Study study = study();

        assertThatThrownBy(() -> study.removeMember(MEMBER, STRANGER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> study.removeMember(MEMBER, OTHER)).isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(OTHER)).isPresent();
    }

    @Test
    void an_outsider_removing_someone_gets_not_a_member_whoever_the_target() {
        Study study = study();

        assertThatThrownBy(() -> study.removeMember(STRANGER, MEMBER)).isInstanceOf(NotStudyMemberException.class);
        assertThatThrownBy(() -> study.removeMember(STRANGER, UserId.of("nobody")))
                .isInstanceOf(NotStudyMemberException.class);
    }

    // --- listing ---

    @Test
    void active_members_exclude_pending_and_banned() {
        Study study = study();
        study.putMember(OWNER, MEMBER, null, MemberStatus.PENDING, T1);
        study.putMember(OWNER, OTHER, null, MemberStatus.BANNED, T1);

        assertThat(study.activeMembers()).extracting(StudyMember::userId).containsExactly(OWNER, ADMIN);
        assertThat(study.members()).hasSize(4);
    }

    @Test
    void a_banned_member_cannot_erase_the_ban_by_leaving() {
        Study study = Study.found(StudyId.of("s-ban"), "Ban", UserId.of("owner"), Instant.parse("2025-11-19T10:00:00Z"));
        study.putMember(UserId.of("owner"), UserId.of("troll"), null, MemberStatus.BANNED, Instant.parse("2025-11-19T10:01:00Z"));

        assertThatThrownBy(() -> study.removeMember(UserId.of("troll"), UserId.of("troll")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(study.member(UserId.of("troll"))).map(StudyMember::status).contains(MemberStatus.BANNED);
    }

    @Test
    void an_outsider_leaving_learns_nothing_about_the_study() {
        Study study = Study.found(StudyId.of("s-out"), "Out", UserId.of("owner"), Instant.parse("2025-11-19T10:00:00Z"));

        assertThatThrownBy(() -> study.removeMember(UserId.of("stranger"), UserId.of("stranger")))
                .isInstanceOf(NotStudyMemberException.class);
    }
}
