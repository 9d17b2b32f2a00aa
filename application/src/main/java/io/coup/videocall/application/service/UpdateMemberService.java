package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.application.port.in.study.UpdateMemberUseCase;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.application.port.out.SaveUserPort;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.User;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Transactional
public class UpdateMemberService implements UpdateMemberUseCase {

    private final LoadStudyPort studies;
    private final SaveStudyPort store;
    private final LoadUserPort users;
    private final SaveUserPort userStore;
    private final MembershipEnd membershipEnd;
    private final Clock clock;

    public UpdateMemberService(LoadStudyPort studies, SaveStudyPort store, LoadUserPort users, SaveUserPort userStore,
                               MembershipEnd membershipEnd, Clock clock) {
        this.studies = studies;
        this.store = store;
        this.users = users;
        this.userStore = userStore;
        this.membershipEnd = membershipEnd;
        this.clock = clock;
    }

    /**
     * Locks the study: two owners demoting each other at once must not leave it without an owner. A member banned or
     * set pending while in the study's call leaves it ({@link MembershipEnd}).
     */
    @Override
    public MemberView update(UpdateMemberCommand c) {
        Study study = studies.loadStudyForUpdate(c.studyId()).orElseThrow(() -> new NotStudyMemberException(c.studyId()));
        boolean wasActive = study.isActiveMember(c.member());
        StudyMember member = study.putMember(c.actor(), c.member(), c.role(), c.status(), clock.instant());
        if (wasActive && !member.isActive()) {
            membershipEnd.ended(c.studyId(), c.member());
        }
        User user = users.loadUser(c.member()).orElseGet(() -> {
            User known = User.known(c.member());
            userStore.saveUser(known);
            return known;
        });
        store.saveStudy(study);
        return MemberViews.of(member, user);
    }
}
