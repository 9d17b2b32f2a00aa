package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.study.Study;

public interface SaveStudyPort {

    /** Stores a new study with its members; throws {@link StudyAlreadyExistsException} if the id is taken. */
    void createStudy(Study study);

    /** Stores the members of an existing study as they are now. */
    void saveStudy(Study study);
}
