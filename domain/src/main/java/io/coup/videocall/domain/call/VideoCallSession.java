package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One video call of a study, from start to end, with everyone who attended it. The aggregate guards the call's
 * rules: ended calls admit nobody, the kicked stay out, the call never holds more than its maximum, and it ends
 * by itself when the last person present leaves.
 * <p>
 * A copy loaded to change one person's attendance (join, leave, a toggle) need not hold everyone's: those rules ask
 * only how many others are present and when the last of them left ({@link #rehydrateFor}). Such a copy refuses what
 * needs every participant (ending the call, reaping, listing) rather than answer from part of the call.
 */
public final class VideoCallSession {

    public static final int MAX_NAME_LENGTH = 100;

    private final SessionId id;
    private final StudyId studyId;
    private final RoomId roomId;
    private final String name;
    private final UserId startedBy;
    private final Instant startedAt;
    private final MediaProvider mediaProvider;
    private final int maxParticipants;
    private final boolean autoCreated;
    private final Map<UserId, Participant> participants;
    /** Null when this copy holds every participant; otherwise the one person whose attendance it holds. */
    private final UserId heldFor;
    private final Others others;
    private String mediaRoomId;
    private Instant endedAt;
    /** What this copy changed since it was started or loaded, until {@link #takeEvents()}; never stored. */
    private final List<CallEvent> events = new ArrayList<>();

    private VideoCallSession(Snapshot s, Collection<Participant> participants, UserId heldFor, Others others) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.studyId = Objects.requireNonNull(s.studyId(), "studyId");
        this.roomId = Objects.requireNonNull(s.roomId(), "roomId");
        this.name = validName(s.name());
        this.startedBy = Objects.requireNonNull(s.startedBy(), "startedBy");
        this.startedAt = Objects.requireNonNull(s.startedAt(), "startedAt");
        this.mediaProvider = Objects.requireNonNull(s.mediaProvider(), "mediaProvider");
        if (s.maxParticipants() < 1) {
            throw new IllegalArgumentException("maxParticipants must be at least 1");
        }
        this.maxParticipants = s.maxParticipants();
        this.autoCreated = s.autoCreated();
        this.mediaRoomId = s.mediaRoomId();
        this.endedAt = s.endedAt();
        this.participants = new LinkedHashMap<>();
        participants.forEach(p -> this.participants.put(p.userId(), p));
        this.heldFor = heldFor;
        this.others = Objects.requireNonNull(others, "others");
        if (heldFor != null && participants.stream().anyMatch(p -> !p.userId().equals(heldFor))) {
            throw new IllegalArgumentException("a copy held for " + heldFor + " holds only their participant");
        }
    }

    /** The stored fields of a session, for starting one and for rebuilding it from storage. */
    public record Snapshot(SessionId id, StudyId studyId, RoomId roomId, String name, UserId startedBy,
                           Instant startedAt, Instant endedAt, MediaProvider mediaProvider, String mediaRoomId,
                           int maxParticipants, boolean autoCreated) {

        /** Whole seconds from start to end, or to {@code now} while the call goes on. */
        public long durationSeconds(Instant now) {
            Instant end = endedAt != null ? endedAt : now;
            return end.isAfter(startedAt) ? Duration.between(startedAt, end).toSeconds() : 0;
        }
    }

    /**
     * The participants a copy held for one person leaves out, in brief: how many of them are present, and the last
     * time one of them left (null if none has).
     */
    public record Others(int presentCount, Instant lastLeftAt) {

        static final Others NONE = new Others(0, null);

        public Others {
            if (presentCount < 0) {
                throw new IllegalArgumentException("presentCount must not be negative");
            }
        }
    }

    public static VideoCallSession start(StudyId studyId, String name, UserId startedBy, Instant at,
                                         MediaProvider mediaProvider, int maxParticipants, boolean autoCreated) {
        SessionId id = SessionId.newId();
        VideoCallSession session = new VideoCallSession(new Snapshot(id, studyId, RoomId.forSession(studyId, id), name,
                startedBy, at, null, mediaProvider, null, maxParticipants, autoCreated), List.of(), null, Others.NONE);
        session.events.add(new CallEvent.Started(id));
        return session;
    }

    public static VideoCallSession rehydrate(Snapshot snapshot, Collection<Participant> participants) {
        return new VideoCallSession(snapshot, participants, null, Others.NONE);
    }

    /**
     * A copy holding one person's attendance (their participant, if they ever joined) and {@code others} in brief:
     * enough to admit them, let them leave (ending the call if they were the last), kick them or switch their media.
     */
    public static VideoCallSession rehydrateFor(Snapshot snapshot, UserId person, Optional<Participant> participant,
                                                Others others) {
        return new VideoCallSession(snapshot, participant.map(List::of).orElse(List.of()),
                Objects.requireNonNull(person, "person"), others);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    /**
     * Lets a person in. Idempotent for someone present (a second tab is the same participant); someone who left
     * comes back as the same participant with a new attendance segment.
     */
    public Participant admit(UserId user, Instant at) {
        if (isEnded()) {
            throw new SessionEndedException(id);
        }
        Participant participant = held(user);
        if (participant != null && participant.isKicked()) {
            throw new KickedException(id, user);
        }
        if (participant != null && participant.isPresent()) {
            return participant;
        }
        if (presentCount() >= maxParticipants) {
            throw new SessionFullException(id, maxParticipants);
        }
        if (participant == null) {
            participant = Participant.first(user, at);
            participants.put(user, participant);
        } else {
            participant.rejoin(at);
        }
        events.add(new CallEvent.Joined(id, user));
        return participant;
    }

    /**
     * Closes the person's open segment at {@code at}; the call ends when nobody is left. Leaving when already
     * gone changes nothing and returns false.
     */
    public boolean leave(UserId user, Instant at, LeaveReason reason) {
        Participant participant = requireParticipant(user);
        boolean left = closeVisit(participant, at, reason);
        if (left && !isEnded() && presentCount() == 0) {
            endAt(latest(at, lastLeave()));
        }
        return left;
    }

    /** A moderator removes someone: their segment closes as KICKED and they cannot come back to this call. */
    public void kick(UserId user, Instant at) {
        if (isEnded()) {
            throw new SessionEndedException(id);
        }
        Participant participant = requireParticipant(user);
        participant.markKicked();
        leave(user, at, LeaveReason.KICKED);
    }

    /** Ends the call: everyone still present leaves with SESSION_ENDED. Ending an ended call changes nothing. */
    public boolean end(Instant at) {
        requireEveryone("end");
        if (isEnded()) {
            return false;
        }
        participants.values().forEach(p -> closeVisit(p, at, LeaveReason.SESSION_ENDED));
        endAt(at);
        return true;
    }

    /**
     * After a crash (SPEC §6.3): everyone present whom {@code staleness} finds gone leaves at the instant they were
     * last seen, with reason REAPED; the call then ends if nobody is left, at the last leave. A call nobody is in
     * ends once {@code staleness} finds it abandoned. An ended call changes nothing.
     *
     * @param lastReported when a live connection last reported each participant; someone absent was never reported
     * @return who was closed
     */
    public List<UserId> reap(Map<UserId, Instant> lastReported, Staleness staleness, Instant now) {
        requireEveryone("reap");
        if (isEnded()) {
            return List.of();
        }
        List<UserId> reaped = new ArrayList<>();
        for (Participant participant : presentParticipants()) {
            staleness.goneSince(participant.openSegment(), lastReported.get(participant.userId()), now)
                    .ifPresent(lastSeen -> {
                        closeVisit(participant, lastSeen, LeaveReason.REAPED);
                        reaped.add(participant.userId());
                    });
        }
        if (presentCount() == 0 && (!reaped.isEmpty() || staleness.abandoned(lastLeave(), now))) {
            endAt(lastLeave());
        }
        return List.copyOf(reaped);
    }

    /**
     * The media server closed the call's room at {@code at}: ends the call then, unless someone's current visit
     * began after that instant (the room was opened again since; the report is late). Returns whether it ended.
     */
    public boolean endAsReported(Instant at) {
        requireEveryone("end");
        if (isEnded() || participants.values().stream().anyMatch(p -> p.isPresent() && !p.wasPresentAt(at))) {
            return false;
        }
        return end(at);
    }

    /**
     * Squares attendance with the media server: everyone present since before {@code settledBefore} who has no
     * connection there leaves at {@code at} as {@link LeaveReason#REAPED}; newer visits are spared, their browser may
     * not have connected yet. A call left with nobody present and nobody connected, started before
     * {@code settledBefore}, ends. Returns who was closed.
     */
    public List<UserId> reapAbsent(Set<UserId> connected, Instant settledBefore, Instant at) {
        requireEveryone("reap");
        if (isEnded()) {
            return List.of();
        }
        List<UserId> absent = participants.values().stream()
                .filter(p -> p.wasPresentAt(settledBefore) && !connected.contains(p.userId()))
                .map(Participant::userId)
                .toList();
        absent.forEach(user -> leave(user, at, LeaveReason.REAPED));
        if (!isEnded() && presentCount() == 0 && connected.isEmpty() && !startedAt.isAfter(settledBefore)) {
            end(at);
        }
        return absent;
    }

    public void switchMedia(UserId user, MediaKind kind, boolean on, Instant at) {
        requireParticipant(user).switchMedia(kind, on, at);
    }

    /**
     * The participant, who must be in the call now: what a token refresh needs (it changes no attendance, so it is
     * refused to anyone the call would not let in as they are).
     */
    public Participant requirePresent(UserId user) {
        if (isEnded()) {
            throw new SessionEndedException(id);
        }
        Participant participant = requireParticipant(user);
        if (participant.isKicked()) {
            throw new KickedException(id, user);
        }
        if (!participant.isPresent()) {
            throw new ParticipantNotPresentException(user);
        }
        return participant;
    }

    /** Counts an in-call chat message of someone present. */
    public void countMessage(UserId user) {
        Participant participant = requireParticipant(user);
        if (!participant.isPresent()) {
            throw new ParticipantNotPresentException(user);
        }
        participant.countMessage();
    }

    /** The media server's room, created lazily on the first join of an OpenVidu call. */
    public void assignMediaRoom(String mediaRoomId) {
        this.mediaRoomId = Objects.requireNonNull(mediaRoomId, "mediaRoomId");
    }

    /**
     * What happened to the call since it was started or loaded, or since the last take, in order; forgotten here, so
     * a copy saved twice reports each change once.
     */
    public List<CallEvent> takeEvents() {
        List<CallEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Every close of a visit goes through here, so none goes unrecorded. */
    private boolean closeVisit(Participant participant, Instant at, LeaveReason reason) {
        boolean left = participant.leave(at, reason);
        if (left) {
            events.add(new CallEvent.Left(id, participant.userId(), reason));
        }
        return left;
    }

    private void endAt(Instant at) {
        endedAt = at.isBefore(startedAt) ? startedAt : at;
        events.add(new CallEvent.Ended(id));
    }

    private Instant lastLeave() {
        return Stream.concat(participants.values().stream().map(Participant::leftAt), Stream.of(others.lastLeftAt()))
                .filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(startedAt);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Participant requireParticipant(UserId user) {
        Participant participant = held(user);
        if (participant == null) {
            throw new ParticipantNotFoundException(id, user);
        }
        return participant;
    }

    /** The person's participant, null if they never joined; a copy held for someone else cannot tell. */
    private Participant held(UserId user) {
        if (heldFor != null && !heldFor.equals(user)) {
            throw new IllegalStateException("this copy of call " + id + " holds the attendance of " + heldFor
                    + " only, not of " + user);
        }
        return participants.get(user);
    }

    private void requireEveryone(String what) {
        if (heldFor != null) {
            throw new IllegalStateException("cannot " + what + " call " + id + " from a copy holding only "
                    + heldFor + "'s attendance");
        }
    }

    public Optional<Participant> participant(UserId user) {
        return Optional.ofNullable(held(user));
    }

    public List<Participant> participants() {
        requireEveryone("list the participants of");
        return List.copyOf(participants.values());
    }

    /** Every participant in a whole copy; in a copy held for one person, theirs (if they ever joined). */
    public List<Participant> participantsHeld() {
        return List.copyOf(participants.values());
    }

    /** False for a copy loaded for one person's change ({@link #rehydrateFor}). */
    public boolean holdsEveryone() {
        return heldFor == null;
    }

    public List<Participant> presentParticipants() {
        requireEveryone("list the participants of");
        return participants.values().stream().filter(Participant::isPresent).toList();
    }

    public int presentCount() {
        return (int) participants.values().stream().filter(Participant::isPresent).count() + others.presentCount();
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public boolean wasStartedBy(UserId user) {
        return startedBy.equals(user);
    }

    /** Whole seconds from start to end, or to {@code now} while the call goes on. */
    public long durationSeconds(Instant now) {
        return snapshot().durationSeconds(now);
    }

    /** Whole seconds of an ended call; null while it goes on. */
    public Long durationSeconds() {
        return isEnded() ? durationSeconds(endedAt) : null;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, studyId, roomId, name, startedBy, startedAt, endedAt, mediaProvider, mediaRoomId,
                maxParticipants, autoCreated);
    }

    public SessionId id() {
        return id;
    }

    public StudyId studyId() {
        return studyId;
    }

    public RoomId roomId() {
        return roomId;
    }

    public String name() {
        return name;
    }

    public UserId startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public MediaProvider mediaProvider() {
        return mediaProvider;
    }

    public String mediaRoomId() {
        return mediaRoomId;
    }

    public int maxParticipants() {
        return maxParticipants;
    }

    public boolean isAutoCreated() {
        return autoCreated;
    }
}
