package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.application.port.out.StudyAlreadyExistsException;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.UserId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Studies in a map, stored and handed out as copies: a change to a loaded study counts only once saved, as with
 * a database. Locks ({@code ForUpdate}) are counted, not simulated: tests run one use case at a time.
 */
public class InMemoryStudies implements LoadStudyPort, SaveStudyPort {

    private final Map<StudyId, Study> studies = new LinkedHashMap<>();
    private int saves;
    private int locks;

    /** Seeds a study without counting a save; replaces one of the same id. */
    public synchronized InMemoryStudies add(Study study) {
        studies.put(study.id(), copy(study));
        return this;
    }

    @Override
    public synchronized Optional<Study> loadStudy(StudyId id) {
        return Optional.ofNullable(studies.get(id)).map(InMemoryStudies::copy);
    }

    @Override
    public synchronized Optional<Study> loadStudyForUpdate(StudyId id) {
        locks++;
        return loadStudy(id);
    }

    /** How many times a study was loaded to be locked: a lock serialises every writer of the study. */
    public synchronized int lockCount() {
        return locks;
    }

    @Override
    public synchronized List<Study> loadActiveStudiesOf(UserId userId) {
        return studies.values().stream().filter(s -> s.isActiveMember(userId)).map(InMemoryStudies::copy).toList();
    }

    @Override
    public synchronized boolean studyExists(StudyId id) {
        return studies.containsKey(id);
    }

    @Override
    public synchronized boolean isActiveMember(StudyId studyId, UserId userId) {
        return studies.containsKey(studyId) && studies.get(studyId).isActiveMember(userId);
    }

    @Override
    public synchronized Optional<StudyMember> loadMember(StudyId studyId, UserId userId) {
        return Optional.ofNullable(studies.get(studyId)).flatMap(study -> study.member(userId));
    }

    @Override
    public synchronized void createStudy(Study study) {
        if (studies.containsKey(study.id())) {
            throw new StudyAlreadyExistsException(study.id());
        }
        studies.put(study.id(), copy(study));
        saves++;
    }

    @Override
    public synchronized void saveStudy(Study study) {
        if (!studies.containsKey(study.id())) {
            throw new IllegalStateException("saveStudy of a study never created: " + study.id());
        }
        studies.put(study.id(), copy(study));
        saves++;
    }

    /** What is stored now (a copy), for assertions. */
    public synchronized Optional<Study> stored(StudyId id) {
        return loadStudy(id);
    }

    /** Writes through the port ({@code createStudy} and {@code saveStudy}), not seeding. */
    public synchronized int saveCount() {
        return saves;
    }

    public synchronized List<Study> all() {
        return studies.values().stream().map(InMemoryStudies::copy).toList();
    }

    static Study copy(Study study) {
        return Study.rehydrate(study.id(), study.name(), study.createdAt(), study.members());
    }
}
