package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.ActiveCallsPort;
import io.coup.videocall.application.port.out.CallHistoryPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.ParticipantId;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Component
public class SessionPersistenceAdapter implements LoadSessionPort, SaveSessionPort, ActiveCallsPort, CallHistoryPort,
        MediaCallsPort {

    private final VideoCallSessionSpringDataRepository sessions;
    private final ParticipantSpringDataRepository participants;
    private final SessionMapper mapper;
    private final EntityManager entityManager;
    private final StatsRollups rollups;

    public SessionPersistenceAdapter(VideoCallSessionSpringDataRepository sessions,
                                     ParticipantSpringDataRepository participants, SessionMapper mapper,
                                     EntityManager entityManager, StatsRollups rollups) {
        this.sessions = sessions;
        this.participants = participants;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.rollups = rollups;
    }

    @Override
    public Optional<VideoCallSession> loadSession(SessionId id) {
        return sessions.findGraphById(id.value()).map(mapper::toDomain);
    }

    /**
     * {@code SELECT … FOR UPDATE} on the call's row alone (a lock on an outer join's nullable side is refused by
     * PostgreSQL), version-checked if the call was already loaded; then participants and segments in one query.
     * The lock holds until the caller's transaction ends.
     */
    @Override
    public Optional<VideoCallSession> loadSessionForUpdate(SessionId id) {
        VideoCallSessionJpaEntity entity = entityManager.find(VideoCallSessionJpaEntity.class, id.value(),
                LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            return Optional.empty();
        }
        return Optional.of(mapper.toDomain(withGraph(entity)));
    }

    /**
     * The same lock, then the person's participant with its segments (one row of {@code uq_participants_session_user}
     * and its segments) and one aggregate over the others: three statements however large the call.
     */
    @Override
    public Optional<VideoCallSession> loadSessionForUpdate(SessionId id, UserId person) {
        VideoCallSessionJpaEntity entity = entityManager.find(VideoCallSessionJpaEntity.class, id.value(),
                LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            return Optional.empty();
        }
        OthersRow others = participants.othersThan(id.value(), person.value());
        return Optional.of(VideoCallSession.rehydrateFor(mapper.toSnapshot(entity), person,
                participants.findWithSegments(id.value(), person.value()).map(mapper::toDomain),
                new VideoCallSession.Others(others.presentCount().intValue(), others.lastLeftAt())));
    }

    /** A projection, so no entity joins the persistence context for a later lock to check its version against. */
    @Override
    public Optional<VideoCallSession.Snapshot> loadSnapshot(SessionId id) {
        return sessions.findRowById(id.value()).map(mapper::toSnapshot);
    }

    @Override
    public Optional<VideoCallSession.Snapshot> loadActiveSnapshot(StudyId studyId) {
        return sessions.findActiveRow(studyId.value()).map(mapper::toSnapshot);
    }

    @Override
    public Optional<Participant> loadParticipant(SessionId id, UserId person) {
        return participants.findWithSegments(id.value(), person.value()).map(mapper::toDomain);
    }

    /**
     * Two statements: the call's row, then those present with their segments (through
     * {@code uq_participants_session_user}, skipping the rows of people who left). Under READ COMMITTED the second
     * may see a change committed after the first: the people present are then newer than the call's row, never those
     * of another call.
     */
    @Override
    public Optional<CallInProgress> loadCallInProgress(StudyId studyId) {
        return sessions.findActiveRow(studyId.value())
                .map(call -> new CallInProgress(mapper.toSnapshot(call), present(call.id())));
    }

    @Override
    public List<Participant> loadPresentParticipants(SessionId id) {
        return present(id.value());
    }

    private List<Participant> present(String sessionId) {
        return participants.findPresentWithSegments(sessionId).stream()
                .sorted(SessionMapper.PARTICIPANT_ORDER).map(mapper::toDomain).toList();
    }

    /**
     * A new call is inserted with its graph. A known one is changed in place on the managed entities, so only the
     * rows that differ are written (a join into a call of 150 inserts one participant and one segment), and its
     * version is bumped: a writer that loaded the call without the lock fails instead of overwriting. The save that
     * ends a call adds it to the statistics rollups. A copy held for one person writes the call's row and that
     * person's participant, never loading the others (except to add an ending call to the rollups).
     */
    @Override
    public void saveSession(VideoCallSession session) {
        VideoCallSessionJpaEntity entity = entityManager.find(VideoCallSessionJpaEntity.class, session.id().value());
        if (entity == null) {
            entity = new VideoCallSessionJpaEntity(session.id().value());
            mapper.apply(session, entity);
            entityManager.persist(entity);
            if (session.isEnded()) {
                rollups.addEndedCall(entity);
            }
            return;
        }
        if (!entity.isCreatedHere()) {
            entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        boolean wasActive = entity.getActiveStudyId() != null;
        if (session.holdsEveryone()) {
            mapper.apply(session, withGraph(entity));
        } else {
            applyHeld(session, entity);
        }
        if (wasActive && entity.getActiveStudyId() == null) {
            // Free the study's active slot now: Hibernate runs inserts before updates at flush, so a call started
            // later in this transaction would otherwise collide with this one on active_study_id.
            entityManager.flush();
            rollups.addEndedCall(entity);
        }
    }

    /**
     * The row of a participant loaded for the change is in the persistence context already; a new one is inserted (and
     * added to the call's participants if those are loaded, so that the graph stays whole within the transaction).
     */
    private void applyHeld(VideoCallSession session, VideoCallSessionJpaEntity entity) {
        mapper.apply(session.snapshot(), session.durationSeconds(), entity);
        for (Participant participant : session.participantsHeld()) {
            ParticipantJpaEntity row = entityManager.find(ParticipantJpaEntity.class, participant.id().value());
            if (row == null) {
                row = new ParticipantJpaEntity(entity, participant.id().value(), participant.userId().value());
                mapper.apply(participant, row);
                entityManager.persist(row);
                if (Hibernate.isInitialized(entity.getParticipants())) {
                    entity.getParticipants().add(row);
                }
            } else {
                mapper.apply(participant, row);
            }
        }
    }

    /** Loads participants and segments in one query unless they are loaded already (no N+1 either way). */
    private VideoCallSessionJpaEntity withGraph(VideoCallSessionJpaEntity entity) {
        if (!Hibernate.isInitialized(entity.getParticipants())) {
            sessions.findGraphById(entity.getId());
        }
        return entity;
    }

    @Override
    public Map<StudyId, ActiveCall> activeCalls(Collection<StudyId> studyIds) {
        if (studyIds.isEmpty()) {
            return Map.of();
        }
        Map<StudyId, ActiveCall> calls = new LinkedHashMap<>();
        for (ActiveCallRow row : sessions.findActiveCalls(studyIds.stream().map(StudyId::value).distinct().toList())) {
            calls.put(StudyId.of(row.studyId()), new ActiveCall(SessionId.of(row.sessionId()), RoomId.of(row.roomId()),
                    row.startedAt(), row.presentCount().intValue()));
        }
        return calls;
    }

    @Override
    public Optional<SessionId> findCallByMediaRoom(String mediaRoomId) {
        return sessions.findIdsByMediaRoom(mediaRoomId).stream().findFirst().map(SessionId::of);
    }

    @Override
    public List<SessionId> activeCallsWithMediaRoom() {
        return sessions.findActiveIdsWithMediaRoom().stream().map(SessionId::of).toList();
    }

    /**
     * Three queries whatever the page size: the page of calls (newest first, id breaking ties), their count, and
     * every attendee of the page's calls at once.
     */
    @Override
    public HistoryPage loadHistory(StudyId studyId, Instant startedFrom, Instant startedUntil, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        StringBuilder where = new StringBuilder(" where s.studyId = :studyId");
        if (startedFrom != null) {
            where.append(" and s.startedAt >= :from");
        }
        if (startedUntil != null) {
            where.append(" and s.startedAt < :until");
        }
        TypedQuery<VideoCallSessionJpaEntity> pageQuery = entityManager.createQuery(
                "select s from VideoCallSessionJpaEntity s" + where + " order by s.startedAt desc, s.id desc",
                VideoCallSessionJpaEntity.class);
        bind(pageQuery, studyId, startedFrom, startedUntil);
        List<VideoCallSessionJpaEntity> page = pageQuery.setFirstResult(offset).setMaxResults(limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();

        long total;
        if (offset == 0 && page.size() < limit) {
            total = page.size();
        } else {
            TypedQuery<Long> countQuery = entityManager.createQuery(
                    "select count(s) from VideoCallSessionJpaEntity s" + where, Long.class);
            bind(countQuery, studyId, startedFrom, startedUntil);
            total = countQuery.getSingleResult();
        }
        if (page.isEmpty()) {
            return new HistoryPage(List.of(), total);
        }

        Map<String, List<AttendeeRecord>> attendees = attendeesOf(page.stream().map(VideoCallSessionJpaEntity::getId)
                .toList());
        List<SessionRecord> records = page.stream()
                .map(s -> new SessionRecord(mapper.toSnapshot(s), List.copyOf(attendees.get(s.getId()))))
                .toList();
        return new HistoryPage(records, total);
    }

    /** One statement: the participant rows' stored totals, never their segments. */
    @Override
    public List<AttendeeRecord> loadAttendees(SessionId id) {
        return List.copyOf(attendeesOf(List.of(id.value())).get(id.value()));
    }

    /** The attendees of each of the calls, in order of first joining; every call has a list, empty if nobody came. */
    private Map<String, List<AttendeeRecord>> attendeesOf(List<String> sessionIds) {
        Map<String, List<AttendeeRecord>> attendees = new LinkedHashMap<>();
        sessionIds.forEach(id -> attendees.put(id, new ArrayList<>()));
        entityManager.createQuery("""
                        select new io.coup.videocall.adapter.out.persistence.AttendeeRow(
                            p.session.id, p.id, p.userId, p.attendedMs, p.openSince)
                        from ParticipantJpaEntity p
                        where p.session.id in :ids
                        order by p.joinedAt, p.userId""", AttendeeRow.class)
                .setParameter("ids", attendees.keySet())
                .getResultList()
                .forEach(row -> attendees.get(row.sessionId()).add(new AttendeeRecord(ParticipantId.of(row.id()),
                        UserId.of(row.userId()), row.attendedMs(), row.openSince())));
        return attendees;
    }

    private static void bind(TypedQuery<?> query, StudyId studyId, Instant from, Instant until) {
        query.setParameter("studyId", studyId.value());
        if (from != null) {
            query.setParameter("from", from);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
    }
}
