package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.ListMembersUseCase;
import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

@Transactional(readOnly = true)
public class ListMembersService implements ListMembersUseCase {

    private final StudyAccess access;
    private final LoadUserPort users;

    public ListMembersService(StudyAccess access, LoadUserPort users) {
        this.access = access;
        this.users = users;
    }

    @Override
    public List<MemberView> members(StudyQuery query) {
        Study study = access.studyOfActiveMember(query.studyId(), query.caller());
        List<StudyMember> members = study.activeMembers();
        Map<UserId, User> profiles = users.loadUsers(members.stream().map(StudyMember::userId).toList());
        return members.stream().map(m -> MemberViews.of(m, profiles.get(m.userId()))).toList();
    }
}
