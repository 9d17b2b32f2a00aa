package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.ActiveCallsPort;
import io.coup.videocall.application.port.out.CallHistoryPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaTimer;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls in a map, stored and handed out as deep copies (rebuilt through {@code rehydrate}): a change to a loaded
 * session counts only once saved. Like the database, it refuses a second active call for one study. Locks
 * ({@code ForUpdate}) are not simulated: tests run one use case at a time. Every put moves the call's revision on.
 * A copy loaded for one person is held for them, as the database adapter's is, so a use case that reaches beyond
 * that person's attendance fails here too; saving it writes back that person's participant only.
 */
public class InMemorySessions implements LoadSessionPort, SaveSessionPort, ActiveCallsPort, CallHistoryPort,
        MediaCallsPort {

    private static final Comparator<VideoCallSession> NEWEST_FIRST = Comparator
            .comparing(VideoCallSession::startedAt).reversed()
            .thenComparing(s -> s.id().value());

    private final Map<SessionId, VideoCallSession> sessions = new LinkedHashMap<>();
    private final Map<SessionId, Long> revisions = new HashMap<>();
    private int saves;
    private int inProgressLoads;

    /** Seeds a session without counting a save. */
    public synchronized InMemorySessions add(VideoCallSession session) {
        put(session);
        return this;
    }

    @Override
    public synchronized void saveSession(VideoCallSession session) {
        put(session.holdsEveryone() ? session : mergedIntoStored(session));
        saves++;
    }

    private VideoCallSession mergedIntoStored(VideoCallSession held) {
        Map<UserId, Participant> participants = new LinkedHashMap<>();
        sessions.get(held.id()).participants().forEach(p -> participants.put(p.userId(), p));
        held.participantsHeld().forEach(p -> participants.put(p.userId(), p));
        return VideoCallSession.rehydrate(held.snapshot(), participants.values());
    }

    private void put(VideoCallSession session) {
        if (!session.isEnded()) {
            sessions.values().stream()
                    .filter(s -> s.studyId().equals(session.studyId()) && !s.isEnded() && !s.id().equals(session.id()))
                    .findAny()
                    .ifPresent(other -> {
                        throw new IllegalStateException("study " + session.studyId() + " already has the active call "
                                + other.id() + " (one active call per study)");
                    });
        }
        sessions.put(session.id(), copy(session));
        revisions.merge(session.id(), 1L, Long::sum);
    }

    @Override
    public synchronized Optional<VideoCallSession> loadSession(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(InMemorySessions::copy);
    }

    @Override
    public synchronized Optional<VideoCallSession> loadSessionForUpdate(SessionId id) {
        return loadSession(id);
    }

    @Override
    public synchronized Optional<VideoCallSession> loadSessionForUpdate(SessionId id, UserId person) {
        return Optional.ofNullable(sessions.get(id)).map(stored -> {
            List<Participant> others = stored.participants().stream().filter(p -> !p.userId().equals(person)).toList();
            VideoCallSession.Others brief = new VideoCallSession.Others(
                    (int) others.stream().filter(Participant::isPresent).count(),
                    others.stream().map(Participant::leftAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null));
            return VideoCallSession.rehydrateFor(stored.snapshot(), person,
                    stored.participant(person).map(InMemorySessions::copy), brief);
        });
    }

    private Optional<VideoCallSession> active(StudyId studyId) {
        return sessions.values().stream()
                .filter(s -> s.studyId().equals(studyId) && !s.isEnded())
                .findFirst().map(InMemorySessions::copy);
    }

    @Override
    public synchronized Optional<VideoCallSession.Snapshot> loadSnapshot(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(VideoCallSession::snapshot);
    }

    @Override
    public synchronized Optional<VideoCallSession.Snapshot> loadActiveSnapshot(StudyId studyId) {
        return active(studyId).map(VideoCallSession::snapshot);
    }

    @Override
    public synchronized Optional<Participant> loadParticipant(SessionId id, UserId person) {
        return Optional.ofNullable(sessions.get(id)).flatMap(s -> s.participant(person)).map(InMemorySessions::copy);
    }

    @Override
    public synchronized List<AttendeeRecord> loadAttendees(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(s -> record(s).attendees()).orElse(List.of());
    }

    @Override
    public synchronized Optional<CallInProgress> loadCallInProgress(StudyId studyId) {
        inProgressLoads++;
        return active(studyId).map(s -> new CallInProgress(s.snapshot(), s.presentParticipants()));
    }

    @Override
    public synchronized List<Participant> loadPresentParticipants(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(VideoCallSession::presentParticipants).orElse(List.of());
    }

    /** The study's call in progress at its revision: every put moves it on. */
    public synchronized Optional<SessionRevision> activeRevision(StudyId studyId) {
        return sessions.values().stream()
                .filter(s -> s.studyId().equals(studyId) && !s.isEnded())
                .findFirst().map(s -> new SessionRevision(s.id(), revisions.get(s.id())));
    }

    /** How many times a study's call in progress was loaded for its status, for tests of the reads a cache spares. */
    public synchronized int inProgressLoadCount() {
        return inProgressLoads;
    }

    @Override
    public synchronized Map<StudyId, ActiveCall> activeCalls(Collection<StudyId> studyIds) {
        Map<StudyId, ActiveCall> calls = new LinkedHashMap<>();
        for (StudyId studyId : studyIds) {
            sessions.values().stream()
                    .filter(s -> s.studyId().equals(studyId) && !s.isEnded())
                    .findFirst()
                    .ifPresent(s -> calls.put(studyId, new ActiveCall(s.id(), s.roomId(), s.startedAt(), s.presentCount())));
        }
        return calls;
    }

    @Override
    public synchronized Optional<SessionId> findCallByMediaRoom(String mediaRoomId) {
        return sessions.values().stream()
                .filter(s -> mediaRoomId.equals(s.mediaRoomId()))
                .map(VideoCallSession::id)
                .findFirst();
    }

    @Override
    public synchronized List<SessionId> activeCallsWithMediaRoom() {
        return sessions.values().stream()
                .filter(s -> !s.isEnded() && s.mediaRoomId() != null)
                .map(VideoCallSession::id)
                .toList();
    }

    @Override
    public synchronized HistoryPage loadHistory(StudyId studyId, Instant startedFrom, Instant startedUntil, int offset,
                                                int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<VideoCallSession> matching = sessions.values().stream()
                .filter(s -> s.studyId().equals(studyId))
                .filter(s -> startedFrom == null || !s.startedAt().isBefore(startedFrom))
                .filter(s -> startedUntil == null || s.startedAt().isBefore(startedUntil))
                .sorted(NEWEST_FIRST)
                .toList();
        List<SessionRecord> page = matching.stream().skip(offset).limit(limit)
                .map(InMemorySessions::record)
                .toList();
        return new HistoryPage(page, matching.size());
    }

    private static SessionRecord record(VideoCallSession session) {
        List<AttendeeRecord> attendees = session.participants().stream()
                .sorted(Comparator.comparing(Participant::joinedAt).thenComparing(Participant::userId))
                .map(p -> {
                    long closed = p.segments().stream().filter(s -> !s.isOpen())
                            .mapToLong(s -> s.millis(s.leftAt())).sum();
                    Instant openSince = p.segments().stream().filter(AttendanceSegment::isOpen)
                            .map(AttendanceSegment::joinedAt).findFirst().orElse(null);
                    return new AttendeeRecord(p.id(), p.userId(), closed, openSince);
                })
                .toList();
        return new SessionRecord(session.snapshot(), attendees);
    }

    /** What is stored now (a copy), for assertions. */
    public synchronized Optional<VideoCallSession> stored(SessionId id) {
        return loadSession(id);
    }

    /** Every stored session (copies), in insertion order. */
    public synchronized List<VideoCallSession> all() {
        return sessions.values().stream().map(InMemorySessions::copy).toList();
    }

    public synchronized List<VideoCallSession> ofStudy(StudyId studyId) {
        return sessions.values().stream().filter(s -> s.studyId().equals(studyId)).map(InMemorySessions::copy).toList();
    }

    /** Writes through {@link #saveSession}, not seeding. */
    public synchronized int saveCount() {
        return saves;
    }

    public static VideoCallSession copy(VideoCallSession session) {
        return VideoCallSession.rehydrate(session.snapshot(),
                session.participants().stream().map(InMemorySessions::copy).toList());
    }

    public static Participant copy(Participant p) {
        Map<MediaKind, MediaTimer> media = new EnumMap<>(MediaKind.class);
        for (MediaKind kind : MediaKind.values()) {
            media.put(kind, p.mediaTimer(kind));
        }
        return Participant.rehydrate(p.id(), p.userId(), p.segments(), media, p.messageCount(), p.isKicked());
    }
}
