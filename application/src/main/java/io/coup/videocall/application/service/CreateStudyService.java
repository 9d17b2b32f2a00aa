package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.study.CreateStudyCommand;
import io.coup.videocall.application.port.in.study.CreateStudyUseCase;
import io.coup.videocall.application.port.in.study.StudyView;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.application.port.out.StudyAlreadyExistsException;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

@Transactional
public class CreateStudyService implements CreateStudyUseCase {

    private final LoadStudyPort studies;
    private final SaveStudyPort store;
    private final Clock clock;

    public CreateStudyService(LoadStudyPort studies, SaveStudyPort store, Clock clock) {
        this.studies = studies;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public StudyView create(CreateStudyCommand command) {
        StudyId id = command.studyId() != null ? command.studyId() : StudyId.of(UUID.randomUUID().toString());
        if (studies.studyExists(id)) {
            throw new StudyAlreadyExistsException(id);
        }
        Study study = Study.found(id, command.name(), command.founder(), clock.instant());
        store.createStudy(study);
        return new StudyView(id.value(), study.name(), study.createdAt(), StudyRole.OWNER);
    }
}
