package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.ListMyStudiesUseCase;
import io.coup.videocall.application.port.in.study.MyStudyView;
import io.coup.videocall.application.port.out.ActiveCallsPort;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

@Transactional(readOnly = true)
public class ListMyStudiesService implements ListMyStudiesUseCase {

    private final LoadStudyPort studies;
    private final ActiveCallsPort activeCalls;

    public ListMyStudiesService(LoadStudyPort studies, ActiveCallsPort activeCalls) {
        this.studies = studies;
        this.activeCalls = activeCalls;
    }

    @Override
    public List<MyStudyView> myStudies(UserId userId) {
        List<Study> mine = studies.loadActiveStudiesOf(userId);
        Map<StudyId, ActiveCallsPort.ActiveCall> calls = activeCalls.activeCalls(mine.stream().map(Study::id).toList());
        return mine.stream().map(study -> {
            StudyMember me = study.requireActiveMember(userId);
            ActiveCallsPort.ActiveCall call = calls.get(study.id());
            MyStudyView.ActiveCall activeCall = call == null ? null : new MyStudyView.ActiveCall(
                    call.sessionId().value(), call.roomId().value(), call.startedAt(), call.presentCount());
            return new MyStudyView(study.id().value(), study.name(), me.role(), me.status(), activeCall);
        }).toList();
    }
}
