package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The status probe as one statement in plain SQL: the membership row by primary key and the active call through the
 * unique {@code active_study_id}, both index lookups. The revision is the call row's version, which every save of a
 * known call bumps ({@link SessionPersistenceAdapter#saveSession}). Runs in the caller's transaction if there is one;
 * {@code GET …/status} runs it in none.
 */
@Component
public class CallStatusProbeAdapter implements CallStatusProbePort {

    private static final String PROBE = """
            SELECT EXISTS (SELECT 1 FROM study_members m
                           WHERE m.study_id = ? AND m.user_id = ? AND m.status = ?) AS active_member,
                   s.id, s.version
            FROM (VALUES (1)) AS one (x)
            LEFT JOIN video_call_sessions s ON s.active_study_id = ?""";

    private final JdbcTemplate jdbc;

    public CallStatusProbeAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StatusProbe probe(StudyId studyId, UserId user) {
        return jdbc.queryForObject(PROBE, (row, i) -> {
            String sessionId = row.getString("id");
            return new StatusProbe(row.getBoolean("active_member"), sessionId == null ? Optional.empty()
                    : Optional.of(new SessionRevision(SessionId.of(sessionId), row.getLong("version"))));
        }, studyId.value(), user.value(), MemberStatus.ACTIVE.name(), studyId.value());
    }
}
