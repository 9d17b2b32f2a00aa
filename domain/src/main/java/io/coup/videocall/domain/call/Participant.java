package io.coup.videocall.domain.call;

import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person's attendance of one call, however often they left and came back and from however many devices.
 * Duration is the sum of the attendance segments, so time away is never credited; media time counts only
 * while present.
 */
public final class Participant {

    private final ParticipantId id;
    private final UserId userId;
    private final List<AttendanceSegment> segments;
    private final Map<MediaKind, MediaTimer> media;
    private int messageCount;
    private boolean kicked;

    private Participant(ParticipantId id, UserId userId, List<AttendanceSegment> segments,
                        Map<MediaKind, MediaTimer> media, int messageCount, boolean kicked) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a participant has at least one attendance segment");
        }
        this.segments = new ArrayList<>(segments);
        this.media = new EnumMap<>(MediaKind.class);
        for (MediaKind kind : MediaKind.values()) {
            this.media.put(kind, media.getOrDefault(kind, MediaTimer.OFF));
        }
        this.messageCount = messageCount;
        this.kicked = kicked;
    }

    static Participant first(UserId userId, Instant at) {
        return new Participant(ParticipantId.newId(), userId, List.of(AttendanceSegment.openAt(at)), Map.of(), 0, false);
    }

    public static Participant rehydrate(ParticipantId id, UserId userId, List<AttendanceSegment> segments,
                                        Map<MediaKind, MediaTimer> media, int messageCount, boolean kicked) {
        return new Participant(id, userId, segments, media, messageCount, kicked);
    }

    /** Opens a new segment unless one is open already (a second tab, a repeated join). */
    void rejoin(Instant at) {
        if (!isPresent()) {
            Instant lastLeft = openSegment().leftAt();
            // Never before the last leave: reports from nodes with skewed clocks must not credit time twice.
            segments.add(AttendanceSegment.openAt(at.isBefore(lastLeft) ? lastLeft : at));
        }
    }

    /**
     * Closes the open segment and every running media interval at {@code at}; media state does not carry over
     * to the next visit. Returns false when the participant was not present (leaving twice is harmless).
     */
    boolean leave(Instant at, LeaveReason reason) {
        if (!isPresent()) {
            return false;
        }
        AttendanceSegment closed = openSegment().closeAt(at, reason);
        segments.set(segments.size() - 1, closed);
        media.replaceAll((kind, timer) -> timer.switchTo(false, closed.leftAt()));
        return true;
    }

    void switchMedia(MediaKind kind, boolean on, Instant at) {
        if (!isPresent()) {
            throw new ParticipantNotPresentException(userId);
        }
        Instant since = openSegment().joinedAt();
        // A toggle reported from before this visit began counts from the visit's start: absent time is no media time.
        media.computeIfPresent(kind, (k, timer) -> timer.switchTo(on, at.isBefore(since) ? since : at));
    }

    void countMessage() {
        messageCount++;
    }

    void markKicked() {
        kicked = true;
    }

    public boolean isPresent() {
        return segments.get(segments.size() - 1).isOpen();
    }

    /**
     * Whether the current visit was already going on at {@code at}: present, and since no later than that. A report
     * about an earlier instant concerns a visit that is over (the person came back since).
     */
    public boolean wasPresentAt(Instant at) {
        return isPresent() && !openSegment().joinedAt().isAfter(at);
    }

    /** The latest attendance segment: the open one while present. */
    AttendanceSegment openSegment() {
        return segments.get(segments.size() - 1);
    }

    public ParticipantId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    /** The first time this person joined the call. */
    public Instant joinedAt() {
        return segments.get(0).joinedAt();
    }

    /** When they last left, or null while present. */
    public Instant leftAt() {
        return openSegment().leftAt();
    }

    public List<AttendanceSegment> segments() {
        return List.copyOf(segments);
    }

    public long attendedMillis(Instant now) {
        return segments.stream().mapToLong(s -> s.millis(now)).sum();
    }

    public long mediaMillis(MediaKind kind, Instant now) {
        return media.get(kind).millis(now);
    }

    public MediaTimer mediaTimer(MediaKind kind) {
        return media.get(kind);
    }

    public boolean isOn(MediaKind kind) {
        return media.get(kind).isOn();
    }

    public boolean isMuted() {
        return isOn(MediaKind.AUDIO_MUTED);
    }

    public boolean isVideoOff() {
        return isOn(MediaKind.VIDEO_OFF);
    }

    public boolean isSharing() {
        return isOn(MediaKind.SCREEN_SHARING);
    }

    public int messageCount() {
        return messageCount;
    }

    public boolean isKicked() {
        return kicked;
    }
}
