package io.coup.videocall.adapter.in.rest.study;

import io.coup.videocall.adapter.in.rest.RestMapperConfig;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MemberBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MemberResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MembersResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MyStudiesResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MyStudyBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.StudyBody;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.StudyResponse;
import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.MyStudyView;
import io.coup.videocall.application.port.in.study.StudyView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

@Mapper(config = RestMapperConfig.class)
public interface StudyRestMapper {

    StudyBody toBody(StudyView view);

    @Mapping(target = "study", source = "view")
    StudyResponse toStudyResponse(StudyView view);

    MyStudyBody toBody(MyStudyView view);

    List<MyStudyBody> toMyStudyBodies(List<MyStudyView> views);

    default MyStudiesResponse toMyStudiesResponse(List<MyStudyView> views) {
        return new MyStudiesResponse(toMyStudyBodies(views));
    }

    MemberBody toBody(MemberView view);

    List<MemberBody> toMemberBodies(List<MemberView> views);

    default MembersResponse toMembersResponse(List<MemberView> views) {
        return new MembersResponse(toMemberBodies(views));
    }

    @Mapping(target = "member", source = "view")
    MemberResponse toMemberResponse(MemberView view);
}
