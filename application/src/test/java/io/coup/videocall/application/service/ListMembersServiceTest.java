package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListMembersServiceTest {

    private final Fixture world = new Fixture();
    private final ListMembersService service = world.listMembers();

    @Test
    void active_members_are_listed_with_their_profiles_roles_and_join_instants() {
        List<MemberView> members = service.members(new StudyQuery(STUDY, MEMBER));

        assertThat(members).extracting(MemberView::userId, MemberView::name, MemberView::role, MemberView::status)
                .containsExactly(
                        tuple("olivia", "Olivia", StudyRole.OWNER, MemberStatus.ACTIVE),
                        tuple("adam", "Adam", StudyRole.ADMIN, MemberStatus.ACTIVE),
                        tuple("mina", "Mina", StudyRole.MEMBER, MemberStatus.ACTIVE),
                        tuple("bob", "Bob", StudyRole.MEMBER, MemberStatus.ACTIVE),
                        tuple("carol", "Carol", StudyRole.MEMBER, MemberStatus.ACTIVE),
                        tuple("ghost", null, StudyRole.MEMBER, MemberStatus.ACTIVE));
        MemberView mina = members.get(2);
        assertThat(mina.avatar()).isEqualTo("https://img.example/mina.png");
        assertThat(mina.joinedAt()).isEqualTo(T0.minusSeconds(86_400L * 400).plusSeconds(2));
        assertThat(members.get(5).avatar()).isNull();
    }

    @Test
    void pending_and_banned_members_are_not_listed() {
        assertThat(service.members(new StudyQuery(STUDY, MEMBER))).extracting(MemberView::userId)
                .doesNotContain("pat", "ben");
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_see_the_members(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.members(new StudyQuery(study, caller)));
    }
}
