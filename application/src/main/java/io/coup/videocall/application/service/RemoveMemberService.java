package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.application.port.in.study.RemoveMemberUseCase;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.domain.study.NotStudyMemberException;
import io.coup.videocall.domain.study.Study;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class RemoveMemberService implements RemoveMemberUseCase {

    private final LoadStudyPort studies;
    private final SaveStudyPort store;
    private final MembershipEnd membershipEnd;

    public RemoveMemberService(LoadStudyPort studies, SaveStudyPort store, MembershipEnd membershipEnd) {
        this.studies = studies;
        this.store = store;
        this.membershipEnd = membershipEnd;
    }

    /** A member who was active and in the study's call leaves it ({@link MembershipEnd}). */
    @Override
    public void remove(RemoveMemberCommand c) {
        Study study = studies.loadStudyForUpdate(c.studyId()).orElseThrow(() -> new NotStudyMemberException(c.studyId()));
        boolean wasActive = study.isActiveMember(c.member());
        study.removeMember(c.actor(), c.member());
        if (wasActive) {
            membershipEnd.ended(c.studyId(), c.member());
        }
        store.saveStudy(study);
    }
}
