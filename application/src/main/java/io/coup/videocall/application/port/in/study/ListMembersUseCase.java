package io.coup.videocall.application.port.in.study;

import java.util.List;

/** The active members of a study, for its active members. */
public interface ListMembersUseCase {

    List<MemberView> members(StudyQuery query);
}
