package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.CreateStudyCommand;
import io.coup.videocall.application.port.in.study.StudyView;
import io.coup.videocall.application.testing.InMemoryStudies;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.study.StudyRole;
import org.junit.jupiter.api.Test;

import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class CreateStudyServiceTest {

    private final Fixture world = new Fixture();
    private final CreateStudyService service = world.createStudy();

    @Test
    void the_founder_becomes_the_active_owner_of_the_new_study() {
        StudyView view = service.create(new CreateStudyCommand(OUTSIDER, StudyId.of("graphs"), "  Graph theory "));

        assertThat(view).isEqualTo(new StudyView("graphs", "Graph theory", T0, StudyRole.OWNER));
        Study stored = world.studies.stored(StudyId.of("graphs")).orElseThrow();
        assertThat(stored.name()).isEqualTo("Graph theory");
        assertThat(stored.members()).containsExactly(new StudyMember(OUTSIDER, StudyRole.OWNER, MemberStatus.ACTIVE, T0));
        assertThat(world.studies.loadActiveStudiesOf(OUTSIDER)).extracting(Study::id).containsExactly(StudyId.of("graphs"));
    }

    @Test
    void without_a_chosen_id_one_is_generated() {
        StudyView first = service.create(new CreateStudyCommand(MEMBER, null, "One"));
        StudyView second = service.create(new CreateStudyCommand(MEMBER, null, "Two"));

        assertThat(first.id()).isNotBlank().isNotEqualTo(second.id());
        assertThat(StudyId.of(first.id())).isNotNull();
        assertThat(world.studies.studyExists(StudyId.of(first.id()))).isTrue();
        assertThat(world.studies.studyExists(StudyId.of(second.id()))).isTrue();
    }

    @Test
    void an_id_already_taken_is_a_conflict_and_leaves_the_existing_study_alone() {
        Study before = world.studies.stored(STUDY).orElseThrow();

        assertFailsWith(ErrorCode.STUDY_ALREADY_EXISTS, () -> service.create(new CreateStudyCommand(OUTSIDER, STUDY, "Mine now")));

        Study after = world.studies.stored(STUDY).orElseThrow();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.members()).containsExactlyElementsOf(before.members());
        assertThat(after.isActiveMember(OUTSIDER)).isFalse();
        assertThat(world.studies.saveCount()).isZero();
    }

    @Test
    void a_study_created_by_someone_else_between_check_and_insert_is_still_a_conflict() {
        InMemoryStudies racing = new InMemoryStudies() {
            @Override
            public boolean studyExists(StudyId id) {
                return false;                                   // the other transaction has not committed yet
            }
        };
        racing.add(Study.found(StudyId.of("race"), "First", OWNER, T0));
        CreateStudyService racingService = new CreateStudyService(racing, racing, world.clock);

        assertFailsWith(ErrorCode.STUDY_ALREADY_EXISTS,
                () -> racingService.create(new CreateStudyCommand(OUTSIDER, StudyId.of("race"), "Second")));

        assertThat(racing.stored(StudyId.of("race")).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void a_blank_name_is_an_invalid_request() {
        assertFailsWith(ErrorCode.INVALID_REQUEST, () -> service.create(new CreateStudyCommand(OUTSIDER, StudyId.of("x"), " ")));

        assertThat(world.studies.studyExists(StudyId.of("x"))).isFalse();
    }

    @Test
    void a_name_longer_than_100_characters_is_an_invalid_request() {
        assertFailsWith(ErrorCode.INVALID_REQUEST,
                () -> service.create(new CreateStudyCommand(OUTSIDER, StudyId.of("x"), "n".repeat(101))));
    }
}
