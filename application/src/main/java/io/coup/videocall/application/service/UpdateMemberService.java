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
    private final Clock clock;

    public UpdateMemberService(LoadStudyPort studies, SaveStudyPort store, LoadUserPort users, SaveUserPort userStore,
                               Clock clock) {
        this.studies = studies;
        this.store = store;
        this.users = users;
        this.userStore = userStore;
        this.clock = clock;
    }

    /** Locks the study: two owners demoting each other at once must not leave it without an owner. */
    @Override
    public MemberView update(UpdateMemberCommand c) {
        Study study = studies.loadStudyForUpdate(c.studyId()).orElseThrow(() -> new NotStudyMemberException(c.studyId()));
        StudyMember member = study.putMember(c.actor(), c.member(), c.role(), c.status(), clock.instant());
        User user = users.loadUser(c.member()).orElseGet(() -> {
            User known = User.known(c.member());
            userStore.saveUser(known);
            return known;
        });
        store.saveStudy(study);
        return MemberViews.of(member, user);
    }
}
