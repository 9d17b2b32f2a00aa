package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static io.coup.videocall.adapter.out.persistence.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps one active call per study, whatever the application does. */
class OneActiveCallPerStudyTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    @Test
    void the_database_refuses_a_second_active_call_saved_through_the_adapter() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession first = started(study, host, T0);
        inTransaction(() -> sessions.saveSession(first));

        VideoCallSession second = started(study, host, T0.plusSeconds(60));
        assertThatThrownBy(() -> inTransaction(() -> sessions.saveSession(second)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("uq_video_call_sessions_active_study");

        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).get()
                .extracting(VideoCallSession.Snapshot::id).isEqualTo(first.id());
        assertThat(inTransaction(() -> sessions.loadSession(second.id()))).isEmpty();
    }

    @Test
    void the_database_refuses_a_second_active_call_inserted_with_plain_sql() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        inTransaction(() -> sessions.saveSession(started(study, host, T0)));

        assertThatThrownBy(() -> insertSession(study, null, study.value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_video_call_sessions_active_study");
    }

    @Test
    void an_active_call_without_its_active_study_id_is_refused_so_the_unique_cannot_be_bypassed() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);

        assertThatThrownBy(() -> insertSession(study, null, null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_video_call_sessions_one_active");
        assertThatThrownBy(() -> insertSession(study, null, givenStudy(host).value()))
                .as("another study's id")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_video_call_sessions_one_active");
        assertThatThrownBy(() -> insertSession(study, T0.plusSeconds(60), study.value()))
                .as("an ended call keeping the slot")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_video_call_sessions_one_active");
    }

    @Test
    void a_new_call_is_accepted_once_the_previous_one_ended() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession first = started(study, host, T0);
        inTransaction(() -> sessions.saveSession(first));
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(first.id()).orElseThrow();
            locked.end(T0.plusSeconds(600));
            sessions.saveSession(locked);
        });

        VideoCallSession second = started(study, host, T0.plusSeconds(900));
        inTransaction(() -> sessions.saveSession(second));

        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).get()
                .extracting(VideoCallSession.Snapshot::id).isEqualTo(second.id());
        insertSession(study, T0.plusSeconds(1000), null);   // ended calls: as many as you like
        insertSession(study, T0.plusSeconds(1100), null);
    }

    @Test
    void ending_a_call_and_starting_the_next_in_one_transaction_works_despite_insert_before_update_ordering() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession first = started(study, host, T0);
        inTransaction(() -> sessions.saveSession(first));

        VideoCallSession second = started(study, host, T0.plusSeconds(900));
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(first.id()).orElseThrow();
            locked.end(T0.plusSeconds(600));
            sessions.saveSession(locked);
            sessions.saveSession(second);
        });

        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).get()
                .extracting(VideoCallSession.Snapshot::id).isEqualTo(second.id());
    }

    private static VideoCallSession started(StudyId study, UserId host, Instant at) {
        VideoCallSession call = VideoCallSession.start(study, null, host, at, MediaProvider.MESH, 10, false);
        call.admit(host, at);
        return call;
    }

    private void insertSession(StudyId study, Instant endedAt, String activeStudyId) {
        String id = unique("raw");
        jdbc.update("""
                        insert into video_call_sessions (id, study_id, room_id, started_by, started_at, ended_at,
                            duration_seconds, media_provider, max_participants, auto_created, active_study_id, version)
                        values (?, ?, ?, 'someone', ?, ?, ?, 'MESH', 10, false, ?, 0)""",
                id, study.value(), "room-" + id, java.sql.Timestamp.from(T0),
                endedAt == null ? null : java.sql.Timestamp.from(endedAt), endedAt == null ? null : 60L, activeStudyId);
    }
}
