package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.ConnectedParticipant;
import io.coup.videocall.application.port.out.ParticipantLivenessPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.user.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code participants.last_seen_at} in plain SQL, beside the JPA mapping (which leaves the column alone): a heartbeat
 * is one JDBC batch of single-row updates by primary key of (session, user), taking only those rows' locks, never the
 * call's; the reaper's pre-selection is one query. Runs in the caller's transaction (JPA shares its connection).
 */
@Component
public class ParticipantLivenessAdapter implements ParticipantLivenessPort {

    private static final String MARK_SEEN = """
            UPDATE participants SET last_seen_at = ?
            WHERE session_id = ? AND user_id = ? AND left_at IS NULL""";

    /**
     * The rules of {@link Staleness} as SQL, for calls in progress: someone present whom a connection reported during
     * this visit (last_seen_at ≥ open_since) and not since the connected cutoff; someone present it never reported
     * during this visit whose visit began before the unconnected cutoff; or nobody present since before the
     * unconnected cutoff (last leave, else the start).
     */
    private static final String REAP_CANDIDATES = """
            SELECT s.id FROM video_call_sessions s
            WHERE s.active_study_id IS NOT NULL AND (
                EXISTS (SELECT 1 FROM participants p
                        WHERE p.session_id = s.id AND p.left_at IS NULL AND (
                            (p.last_seen_at >= p.open_since AND p.last_seen_at < ?)
                            OR ((p.last_seen_at IS NULL OR p.last_seen_at < p.open_since) AND p.open_since < ?)))
                OR (NOT EXISTS (SELECT 1 FROM participants p WHERE p.session_id = s.id AND p.left_at IS NULL)
                    AND COALESCE((SELECT MAX(p.left_at) FROM participants p WHERE p.session_id = s.id), s.started_at) < ?))
            ORDER BY s.started_at, s.id
            LIMIT ?""";

    private final JdbcTemplate jdbc;

    public ParticipantLivenessAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void markSeen(Collection<ConnectedParticipant> participants, Instant at) {
        if (participants.isEmpty()) {
            return;
        }
        OffsetDateTime seen = utc(at);
        List<Object[]> rows = participants.stream()
                .map(p -> new Object[] {seen, p.sessionId().value(), p.userId().value()})
                .toList();
        jdbc.batchUpdate(MARK_SEEN, rows);
    }

    @Override
    public Map<UserId, Instant> lastReported(SessionId sessionId) {
        Map<UserId, Instant> reported = new HashMap<>();
        jdbc.query("SELECT user_id, last_seen_at FROM participants WHERE session_id = ? AND last_seen_at IS NOT NULL",
                row -> {
                    reported.put(UserId.of(row.getString(1)), row.getObject(2, OffsetDateTime.class).toInstant());
                },
                sessionId.value());
        return reported;
    }

    @Override
    public List<SessionId> reapCandidates(Staleness staleness, Instant now, int limit) {
        OffsetDateTime connectedCutoff = utc(now.minus(staleness.connectedStaleAfter()));
        OffsetDateTime unconnectedCutoff = utc(now.minus(staleness.unconnectedStaleAfter()));
        return jdbc.query(REAP_CANDIDATES, (row, n) -> SessionId.of(row.getString(1)),
                connectedCutoff, unconnectedCutoff, unconnectedCutoff, limit);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
