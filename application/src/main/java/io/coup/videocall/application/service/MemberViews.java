package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.User;

final class MemberViews {

    private MemberViews() {
    }

    static MemberView of(StudyMember member, User user) {
        return new MemberView(member.userId().value(), user == null ? null : user.name(),
                user == null ? null : user.avatar(), member.role(), member.status(), member.joinedAt());
    }
}
