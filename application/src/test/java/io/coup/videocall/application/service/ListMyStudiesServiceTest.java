package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.MyStudyView;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.coup.videocall.application.service.Fixture.ADMIN;
import static io.coup.videocall.application.service.Fixture.BANNED;
import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.PENDING;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListMyStudiesServiceTest {

    private final Fixture world = new Fixture();
    private final ListMyStudiesService service = world.myStudies();

    private void study(String id, UserId owner, StudyMember... others) {
        Study study = Study.found(StudyId.of(id), id, owner, T0);
        List<StudyMember> members = new java.util.ArrayList<>(study.members());
        members.addAll(List.of(others));
        world.studies.add(Study.rehydrate(study.id(), study.name(), T0, members));
    }

    @Test
    void only_active_memberships_are_listed_with_role_and_status() {
        study("waiting", ZOE, new StudyMember(MEMBER, StudyRole.MEMBER, MemberStatus.PENDING, T0));
        study("banned-here", ZOE, new StudyMember(MEMBER, StudyRole.ADMIN, MemberStatus.BANNED, T0));
        study("leading", MEMBER);

        List<MyStudyView> mine = service.myStudies(MEMBER);

        assertThat(mine).extracting(MyStudyView::id, MyStudyView::name, MyStudyView::role, MyStudyView::status)
                .containsExactlyInAnyOrder(
                        tuple("algo", "Algorithms", StudyRole.MEMBER, MemberStatus.ACTIVE),
                        tuple("other", "Other", StudyRole.MEMBER, MemberStatus.ACTIVE),
                        tuple("leading", "leading", StudyRole.OWNER, MemberStatus.ACTIVE));
    }

    @Test
    void pending_and_banned_members_see_nothing_of_the_study() {
        assertThat(service.myStudies(PENDING)).isEmpty();
        assertThat(service.myStudies(BANNED)).isEmpty();
        assertThat(service.myStudies(UserId.of("nobody"))).isEmpty();
    }

    @Test
    void a_study_with_a_call_in_progress_shows_it_with_the_people_present() {
        SessionId call = world.call(OWNER, OWNER, ADMIN, BOB);
        world.advance(60);
        world.change(call, s -> s.leave(BOB, world.now(), LeaveReason.LEFT));

        List<MyStudyView> mine = service.myStudies(MEMBER);

        MyStudyView algo = mine.stream().filter(s -> s.id().equals("algo")).findFirst().orElseThrow();
        assertThat(algo.activeCall()).isEqualTo(new MyStudyView.ActiveCall(call.value(),
                world.stored(call).roomId().value(), T0, 2));
    }

    @Test
    void a_study_without_a_call_in_progress_has_no_active_call() {
        world.endedCall(OTHER_STUDY, T0.minusSeconds(3600), 600, ZOE, ZOE, MEMBER);
        world.call(OWNER, OWNER);

        List<MyStudyView> mine = service.myStudies(MEMBER);

        MyStudyView other = mine.stream().filter(s -> s.id().equals("other")).findFirst().orElseThrow();
        assertThat(other.activeCall()).isNull();
        assertThat(mine).filteredOn(s -> s.id().equals("algo")).extracting(MyStudyView::activeCall).doesNotContainNull();
    }
}
