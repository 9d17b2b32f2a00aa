package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.application.port.out.StudyAlreadyExistsException;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Hibernate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
public class StudyPersistenceAdapter implements LoadStudyPort, SaveStudyPort {

    private final StudySpringDataRepository studies;
    private final StudyMapper mapper;
    private final EntityManager entityManager;

    public StudyPersistenceAdapter(StudySpringDataRepository studies, StudyMapper mapper, EntityManager entityManager) {
        this.studies = studies;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Study> loadStudy(StudyId id) {
        return studies.findWithMembers(id.value()).map(mapper::toDomain);
    }

    /** {@code SELECT … FOR UPDATE} on the study row (version-checked if already loaded), then its members. */
    @Override
    public Optional<Study> loadStudyForUpdate(StudyId id) {
        StudyJpaEntity entity = entityManager.find(StudyJpaEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            return Optional.empty();
        }
        Hibernate.initialize(entity.getMembers());
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public List<Study> loadActiveStudiesOf(UserId userId) {
        return studies.findWithMembersWhereMember(userId.value(), MemberStatus.ACTIVE).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public boolean studyExists(StudyId id) {
        return studies.existsById(id.value());
    }

    @Override
    public boolean isActiveMember(StudyId studyId, UserId userId) {
        return studies.existsMember(studyId.value(), userId.value(), MemberStatus.ACTIVE);
    }

    @Override
    public Optional<StudyMember> loadMember(StudyId studyId, UserId userId) {
        return studies.findMember(studyId.value(), userId.value()).map(mapper::toDomain);
    }

    /** Inserts and flushes at once, so that a taken id surfaces here as the port's exception. */
    @Override
    public void createStudy(Study study) {
        StudyJpaEntity entity = new StudyJpaEntity(study.id().value());
        mapper.apply(study, entity);
        try {
            studies.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new StudyAlreadyExistsException(study.id());
            }
            throw e;
        }
    }

    /**
     * Merges the members into the managed study (normally the one {@link #loadStudyForUpdate} locked) and bumps its
     * version, so a writer that skipped the lock fails instead of overwriting.
     */
    @Override
    public void saveStudy(Study study) {
        StudyJpaEntity entity = entityManager.find(StudyJpaEntity.class, study.id().value());
        if (entity == null) {
            throw new IllegalStateException("saveStudy of a study never created: " + study.id());
        }
        entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        mapper.apply(study, entity);
    }
}
