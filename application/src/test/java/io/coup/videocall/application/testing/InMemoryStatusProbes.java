package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

/** The status probe over the study and call fakes, as the store answers it in one query. */
public class InMemoryStatusProbes implements CallStatusProbePort {

    private final InMemoryStudies studies;
    private final InMemorySessions sessions;

    public InMemoryStatusProbes(InMemoryStudies studies, InMemorySessions sessions) {
        this.studies = studies;
        this.sessions = sessions;
    }

    @Override
    public StatusProbe probe(StudyId studyId, UserId user) {
        return new StatusProbe(studies.isActiveMember(studyId, user), sessions.activeRevision(studyId));
    }
}
