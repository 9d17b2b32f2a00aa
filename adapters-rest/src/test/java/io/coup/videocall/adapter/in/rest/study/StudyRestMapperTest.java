package io.coup.videocall.adapter.in.rest.study;

import io.coup.videocall.adapter.in.rest.Samples;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.ActiveCallBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MemberBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MemberResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MembersResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MyStudiesResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MyStudyBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.StudyBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.StudyResponse;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.coup.videocall.adapter.in.rest.Samples.T0;
import static io.coup.videocall.adapter.in.rest.Samples.T1;
import static org.assertj.core.api.Assertions.assertThat;

class StudyRestMapperTest {

    private static final MemberBody BOB = new MemberBody("bob", "Bob", null, StudyRole.MEMBER, MemberStatus.ACTIVE, T1);

    private final StudyRestMapper mapper = new StudyRestMapperImpl();

    @Test
    void study() {
        assertThat(mapper.toStudyResponse(Samples.STUDY))
                .isEqualTo(new StudyResponse(new StudyBody("algo", "Algorithms", T0, StudyRole.OWNER)));
    }

    @Test
    void my_studies_with_and_without_a_call() {
        assertThat(mapper.toMyStudiesResponse(List.of(Samples.MY_STUDY, Samples.QUIET_STUDY))).isEqualTo(
                new MyStudiesResponse(List.of(
                        new MyStudyBody("algo", "Algorithms", StudyRole.ADMIN, MemberStatus.ACTIVE,
                                new ActiveCallBody("s-1", "study-algo-s-1", T0, 3)),
                        new MyStudyBody("quiet", "Quiet", StudyRole.MEMBER, MemberStatus.ACTIVE, null))));
    }

    @Test
    void members() {
        assertThat(mapper.toMembersResponse(List.of(Samples.MEMBER))).isEqualTo(new MembersResponse(List.of(BOB)));
        assertThat(mapper.toMemberResponse(Samples.MEMBER)).isEqualTo(new MemberResponse(BOB));
    }
}
