package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.StudyAlreadyExistsException;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newStudyId;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyPersistenceAdapterTest extends PostgresAdapterTest {

    private static final Instant FOUNDED = at("2026-02-01T09:00:00.123Z");

    @Test
    void a_study_comes_back_with_every_member_role_status_and_join_instant() {
        UserId owner = knownUser("owner");
        UserId admin = knownUser("admin");
        UserId pending = knownUser("pending");
        Study study = Study.found(newStudyId(), "  Algorithms club  ", owner, FOUNDED);
        study.putMember(owner, admin, StudyRole.ADMIN, MemberStatus.ACTIVE, FOUNDED.plusSeconds(60));
        study.putMember(owner, pending, StudyRole.MEMBER, MemberStatus.PENDING, FOUNDED.plusSeconds(120));
        inTransaction(() -> studies.createStudy(study));

        Study loaded = inTransaction(() -> studies.loadStudy(study.id()).orElseThrow());

        assertThat(loaded.id()).isEqualTo(study.id());
        assertThat(loaded.name()).isEqualTo("Algorithms club");
        assertThat(loaded.createdAt()).isEqualTo(FOUNDED);
        assertThat(loaded.members()).containsExactlyElementsOf(study.members());
        assertThat(inTransaction(() -> studies.loadStudyForUpdate(study.id()).orElseThrow()).members())
                .containsExactlyElementsOf(study.members());
        assertThat(inTransaction(() -> studies.studyExists(study.id()))).isTrue();
        assertThat(inTransaction(() -> studies.studyExists(newStudyId()))).isFalse();
        assertThat(inTransaction(() -> studies.loadStudy(newStudyId()))).isEmpty();
        assertThat(inTransaction(() -> studies.loadStudyForUpdate(newStudyId()))).isEmpty();
    }

    @Test
    void an_active_membership_is_checked_without_loading_the_members() {
        UserId owner = knownUser("owner");
        UserId pending = knownUser("pending");
        UserId stranger = knownUser("stranger");
        Study study = Study.found(newStudyId(), "Chess club", owner, FOUNDED);
        study.putMember(owner, pending, StudyRole.MEMBER, MemberStatus.PENDING, FOUNDED);
        inTransaction(() -> studies.createStudy(study));

        Statistics statistics = statistics();
        statistics.clear();
        assertThat(inTransaction(() -> studies.isActiveMember(study.id(), owner))).isTrue();
        assertThat(inTransaction(() -> studies.isActiveMember(study.id(), pending))).isFalse();
        assertThat(inTransaction(() -> studies.isActiveMember(study.id(), stranger))).isFalse();
        assertThat(inTransaction(() -> studies.isActiveMember(newStudyId(), owner))).isFalse();
        assertThat(statistics.getEntityStatistics(StudyMemberJpaEntity.class.getName()).getLoadCount()).isZero();
        assertThat(statistics.getPrepareStatementCount()).as("one query each").isEqualTo(4);
    }

    @Test
    void one_membership_is_loaded_alone_with_its_role_and_status() {
        UserId owner = knownUser("owner");
        UserId admin = knownUser("admin");
        UserId pending = knownUser("pending");
        Study study = Study.found(newStudyId(), "Go club", owner, FOUNDED);
        study.putMember(owner, admin, StudyRole.ADMIN, null, FOUNDED);
        study.putMember(owner, pending, StudyRole.MEMBER, MemberStatus.PENDING, FOUNDED);
        inTransaction(() -> studies.createStudy(study));

        Statistics statistics = statistics();
        statistics.clear();
        assertThat(inTransaction(() -> studies.loadMember(study.id(), admin))).isEqualTo(study.member(admin));
        assertThat(inTransaction(() -> studies.loadMember(study.id(), pending))).isEqualTo(study.member(pending));
        assertThat(inTransaction(() -> studies.loadMember(study.id(), knownUser("stranger")))).isEmpty();
        assertThat(inTransaction(() -> studies.loadMember(newStudyId(), owner))).isEmpty();
        assertThat(statistics.getEntityStatistics(StudyMemberJpaEntity.class.getName()).getLoadCount())
                .as("only the rows asked for").isEqualTo(2);
        assertThat(statistics.getEntityStatistics(StudyJpaEntity.class.getName()).getLoadCount()).isZero();
    }

    @Test
    void saving_a_study_changes_adds_and_removes_members_in_place() {
        UserId owner = knownUser("owner");
        UserId stays = knownUser("stays");
        UserId leaves = knownUser("leaves");
        UserId arrives = knownUser("arrives");
        Study study = Study.found(newStudyId(), "Reading group", owner, FOUNDED);
        study.putMember(owner, stays, StudyRole.MEMBER, MemberStatus.PENDING, FOUNDED);
        study.putMember(owner, leaves, StudyRole.MEMBER, MemberStatus.ACTIVE, FOUNDED);
        inTransaction(() -> studies.createStudy(study));
        long versionBefore = version(study.id());

        Statistics statistics = statistics();
        statistics.clear();
        inTransaction(() -> {
            Study locked = studies.loadStudyForUpdate(study.id()).orElseThrow();
            locked.putMember(owner, stays, StudyRole.ADMIN, MemberStatus.ACTIVE, FOUNDED.plusSeconds(5));
            locked.removeMember(owner, leaves);
            locked.putMember(owner, arrives, null, null, FOUNDED.plusSeconds(9));
            studies.saveStudy(locked);
        });

        var members = statistics.getEntityStatistics(StudyMemberJpaEntity.class.getName());
        assertThat(members.getUpdateCount()).as("only 'stays' changed").isEqualTo(1);
        assertThat(members.getInsertCount()).isEqualTo(1);
        assertThat(members.getDeleteCount()).isEqualTo(1);
        assertThat(version(study.id())).isEqualTo(versionBefore + 1);
        Study loaded = inTransaction(() -> studies.loadStudy(study.id()).orElseThrow());
        assertThat(loaded.members()).containsExactlyInAnyOrder(
                new StudyMember(owner, StudyRole.OWNER, MemberStatus.ACTIVE, FOUNDED),
                new StudyMember(stays, StudyRole.ADMIN, MemberStatus.ACTIVE, FOUNDED),
                new StudyMember(arrives, StudyRole.MEMBER, MemberStatus.ACTIVE, FOUNDED.plusSeconds(9)));
    }

    @Test
    void a_taken_study_id_is_refused_with_the_ports_exception() {
        UserId owner = knownUser("owner");
        StudyId id = newStudyId();
        inTransaction(() -> studies.createStudy(Study.found(id, "First", owner, FOUNDED)));

        assertThatThrownBy(() -> inTransaction(() -> studies.createStudy(Study.found(id, "Second", owner, FOUNDED))))
                .isInstanceOf(StudyAlreadyExistsException.class);
        assertThat(inTransaction(() -> studies.loadStudy(id).orElseThrow()).name()).isEqualTo("First");
    }

    @Test
    void a_study_with_a_member_nobody_knows_is_not_mistaken_for_a_taken_id() {
        UserId owner = knownUser("owner");
        Study study = Study.found(newStudyId(), "Ghosts", owner, FOUNDED);
        study.putMember(owner, newUserId("never-seen"), StudyRole.MEMBER, MemberStatus.ACTIVE, FOUNDED);

        assertThatThrownBy(() -> inTransaction(() -> studies.createStudy(study)))
                .isNotInstanceOf(StudyAlreadyExistsException.class)
                .hasStackTraceContaining("fk_study_members_user");
    }

    @Test
    void my_studies_are_those_with_an_active_membership_each_with_all_its_members_in_one_query() {
        UserId me = knownUser("me");
        UserId owner = knownUser("owner");
        UserId other = knownUser("other");
        Study zoology = Study.found(newStudyId(), "Zoology", owner, FOUNDED);
        zoology.putMember(owner, me, StudyRole.MEMBER, MemberStatus.ACTIVE, FOUNDED);
        zoology.putMember(owner, other, StudyRole.MEMBER, MemberStatus.ACTIVE, FOUNDED);
        Study algebra = Study.found(newStudyId(), "Algebra", me, FOUNDED);
        Study pendingOne = Study.found(newStudyId(), "Botany", owner, FOUNDED);
        pendingOne.putMember(owner, me, StudyRole.MEMBER, MemberStatus.PENDING, FOUNDED);
        Study bannedOne = Study.found(newStudyId(), "Chemistry", owner, FOUNDED);
        bannedOne.putMember(owner, me, StudyRole.MEMBER, MemberStatus.BANNED, FOUNDED);
        Study notMine = Study.found(newStudyId(), "Drama", owner, FOUNDED);
        inTransaction(() -> List.of(zoology, algebra, pendingOne, bannedOne, notMine).forEach(studies::createStudy));

        Statistics statistics = statistics();
        statistics.clear();
        List<Study> mine = inTransaction(() -> studies.loadActiveStudiesOf(me));

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(mine).extracting(Study::id).containsExactly(algebra.id(), zoology.id());
        assertThat(mine.get(1).members()).extracting(StudyMember::userId).containsExactlyInAnyOrder(owner, me, other);
        assertThat(inTransaction(() -> studies.loadActiveStudiesOf(newUserId("stranger")))).isEmpty();
    }

    private UserId knownUser(String name) {
        UserId id = newUserId(name);
        inTransaction(() -> users.saveUser(new User(id, name, null)));
        return id;
    }

    private long version(StudyId id) {
        return jdbc.queryForObject("select version from studies where id = ?", Long.class, id.value());
    }
}
