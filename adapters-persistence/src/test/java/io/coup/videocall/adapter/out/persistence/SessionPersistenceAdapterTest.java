package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameCall;
import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameParticipant;
import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

class SessionPersistenceAdapterTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    private static Instant minutes(double m) {
        return T0.plus(Duration.ofMillis((long) (m * 60_000)));
    }

    @Test
    void a_stored_call_answers_every_duration_as_before_at_a_fixed_instant() {
        UserId alice = newUserId("alice");
        UserId bob = newUserId("bob");
        UserId carol = newUserId("carol");
        StudyId study = givenStudy(alice);
        VideoCallSession call = VideoCallSession.start(study, "Weekly sync", alice, T0, MediaProvider.OPENVIDU, 10, true);
        call.assignMediaRoom("ses_" + study.value());
        call.admit(alice, T0);
        call.admit(bob, minutes(1));
        call.admit(carol, minutes(3));
        call.switchMedia(alice, MediaKind.AUDIO_MUTED, true, minutes(2));
        call.switchMedia(alice, MediaKind.AUDIO_MUTED, false, minutes(5));      // 3 min accumulated
        call.switchMedia(alice, MediaKind.AUDIO_MUTED, true, minutes(8));       // running again
        call.countMessage(carol);
        call.countMessage(carol);
        call.kick(carol, minutes(6));
        call.switchMedia(bob, MediaKind.SCREEN_SHARING, true, minutes(9));
        call.leave(bob, minutes(10), LeaveReason.DISCONNECTED);                 // closes sharing after 1 min
        call.admit(bob, minutes(20));                                          // second segment, open
        call.switchMedia(bob, MediaKind.VIDEO_OFF, true, minutes(21.5));
        call.switchMedia(bob, MediaKind.SCREEN_SHARING, true, minutes(22));
        call.switchMedia(bob, MediaKind.SCREEN_SHARING, false, minutes(23.25));

        inTransaction(() -> sessions.saveSession(call));

        Instant now = minutes(30);
        VideoCallSession loaded = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
        assertSameCall(loaded, call, now);
        assertThat(loaded.participant(bob).orElseThrow().segments()).hasSize(2);
        assertThat(loaded.participant(bob).orElseThrow().mediaMillis(MediaKind.SCREEN_SHARING, now))
                .isEqualTo(Duration.ofSeconds(60 + 75).toMillis());
        assertThat(loaded.participant(alice).orElseThrow().mediaMillis(MediaKind.AUDIO_MUTED, now))
                .isEqualTo(Duration.ofMinutes(3 + 22).toMillis());
        assertSameCall(inTransaction(() -> sessions.loadSessionForUpdate(call.id()).orElseThrow()), call, now);
        assertSameCall(inTransaction(() -> sessions.loadSession(sessions.loadActiveSnapshot(study).orElseThrow().id()).orElseThrow()), call, now);
    }

    /** SPEC §3: time is kept in milliseconds, so many short toggles lose nothing, through the database too. */
    @Test
    void many_sub_second_toggles_and_leaves_come_back_to_the_millisecond() {
        UserId alice = newUserId("alice");
        StudyId study = givenStudy(alice);
        Instant start = T0.plusMillis(123);
        VideoCallSession call = VideoCallSession.start(study, null, alice, start, MediaProvider.MESH, 10, false);
        call.admit(alice, start.plusMillis(7));
        call.admit(newUserId("bob"), start); // keeps the call going while alice is away
        for (int i = 0; i < 40; i++) {  // 40 mutes of 251 ms, one every 600 ms
            call.switchMedia(alice, MediaKind.AUDIO_MUTED, true, start.plusMillis(1_000 + 600L * i));
            call.switchMedia(alice, MediaKind.AUDIO_MUTED, false, start.plusMillis(1_251 + 600L * i));
        }
        call.leave(alice, start.plusMillis(30_999), LeaveReason.DISCONNECTED);
        call.admit(alice, start.plusMillis(31_500));
        call.switchMedia(alice, MediaKind.VIDEO_OFF, true, start.plusMillis(31_501));

        inTransaction(() -> sessions.saveSession(call));

        Instant now = start.plusMillis(32_000);
        Participant loaded = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow())
                .participant(alice).orElseThrow();
        assertThat(loaded.mediaMillis(MediaKind.AUDIO_MUTED, now)).isEqualTo(40 * 251);
        assertThat(loaded.mediaMillis(MediaKind.VIDEO_OFF, now)).isEqualTo(499);
        assertThat(loaded.attendedMillis(now)).isEqualTo((30_999 - 7) + (32_000 - 31_500));
        assertSameParticipant(loaded, call.participant(alice).orElseThrow(), now);
    }

    @Test
    void an_ended_call_is_stored_with_its_duration_and_no_longer_holds_the_studys_active_slot() {
        UserId alice = newUserId("alice");
        StudyId study = givenStudy(alice);
        VideoCallSession call = VideoCallSession.start(study, null, alice, T0, MediaProvider.MESH, 10, false);
        call.admit(alice, T0);
        inTransaction(() -> sessions.saveSession(call));

        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.end(minutes(40));
            sessions.saveSession(locked);
        });

        VideoCallSession loaded = inTransaction(() -> sessions.loadSession(call.id()).orElseThrow());
        assertThat(loaded.isEnded()).isTrue();
        assertThat(loaded.durationSeconds()).isEqualTo(2400L);
        assertThat(loaded.participant(alice).orElseThrow().segments().get(0).leaveReason())
                .isEqualTo(LeaveReason.SESSION_ENDED);
        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(study))).isEmpty();
        Map<String, Object> row = jdbc.queryForMap(
                "select active_study_id, duration_seconds from video_call_sessions where id = ?", call.id().value());
        assertThat(row.get("active_study_id")).isNull();
        assertThat(((Number) row.get("duration_seconds")).longValue()).isEqualTo(2400L);
    }

    @Test
    void an_unknown_call_loads_as_empty() {
        SessionId nobody = SessionId.newId();
        assertThat(inTransaction(() -> sessions.loadSession(nobody))).isEmpty();
        assertThat(inTransaction(() -> sessions.loadSessionForUpdate(nobody))).isEmpty();
        assertThat(inTransaction(() -> sessions.loadActiveSnapshot(Fixtures.newStudyId()))).isEmpty();
    }

    @Test
    void a_join_into_a_call_of_150_writes_one_participant_and_one_segment_and_rewrites_nothing() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, "Big lecture", host, T0, MediaProvider.MESH, 500, false);
        List<UserId> audience = IntStream.range(0, 150).mapToObj(i -> UserId.of("listener-" + i + "-" + study.value()))
                .toList();
        audience.forEach(u -> call.admit(u, T0.plusSeconds(audience.indexOf(u))));
        inTransaction(() -> sessions.saveSession(call));
        long versionBefore = version(call.id());

        Statistics statistics = statistics();
        statistics.clear();
        UserId latecomer = newUserId("latecomer");
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.admit(latecomer, minutes(15));
            sessions.saveSession(locked);
        });

        EntityStatistics participants = statistics.getEntityStatistics(ParticipantJpaEntity.class.getName());
        EntityStatistics segments = statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName());
        assertThat(participants.getInsertCount()).isEqualTo(1);
        assertThat(participants.getUpdateCount()).isZero();
        assertThat(participants.getDeleteCount()).isZero();
        assertThat(segments.getInsertCount()).isEqualTo(1);
        assertThat(segments.getUpdateCount()).isZero();
        assertThat(segments.getDeleteCount()).isZero();
        assertThat(statistics.getPrepareStatementCount())
                .as("lock, graph, version bump, two inserts: no statement per participant")
                .isLessThanOrEqualTo(6);
        assertThat(version(call.id())).isEqualTo(versionBefore + 1);
        assertThat(count("select count(*) from participants where session_id = ?", call.id())).isEqualTo(151);
    }

    @Test
    void leaving_and_rejoining_update_one_row_and_append_a_segment_by_ordinal() {
        UserId host = newUserId("host");
        UserId guest = newUserId("guest");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        call.admit(guest, minutes(1));
        inTransaction(() -> sessions.saveSession(call));

        Statistics statistics = statistics();
        statistics.clear();
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.leave(guest, minutes(4), LeaveReason.LEFT);
            sessions.saveSession(locked);
        });
        assertThat(statistics.getEntityStatistics(ParticipantJpaEntity.class.getName()).getUpdateCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName()).getUpdateCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName()).getInsertCount()).isZero();

        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            locked.admit(guest, minutes(9));
            sessions.saveSession(locked);
        });

        List<Map<String, Object>> rows = jdbc.queryForList("""
                select s.ordinal, s.left_at, s.leave_reason from attendance_segments s
                join participants p on p.id = s.participant_id
                where p.session_id = ? and p.user_id = ? order by s.ordinal""", call.id().value(), guest.value());
        assertThat(rows).extracting(r -> ((Number) r.get("ordinal")).intValue()).containsExactly(0, 1);
        assertThat(rows.get(0).get("leave_reason")).isEqualTo("LEFT");
        assertThat(rows.get(1).get("left_at")).isNull();
        Map<String, Object> participant = jdbc.queryForMap(
                "select attended_ms, open_since, left_at from participants where session_id = ? and user_id = ?",
                call.id().value(), guest.value());
        assertThat(((Number) participant.get("attended_ms")).longValue()).isEqualTo(Duration.ofMinutes(3).toMillis());
        assertThat(participant.get("open_since")).isNotNull();
        assertThat(participant.get("left_at")).isNull();
    }

    @Test
    void a_call_started_and_joined_in_one_transaction_can_be_saved_twice_before_its_insert_is_flushed() {
        UserId host = newUserId("host");
        UserId guest = newUserId("guest");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, true);

        inTransaction(() -> {
            call.admit(host, T0);
            sessions.saveSession(call);
            call.admit(guest, minutes(1));
            sessions.saveSession(call);
        });

        assertSameCall(inTransaction(() -> sessions.loadSession(call.id()).orElseThrow()), call, minutes(5));
        assertThat(version(call.id())).isZero();
    }

    @Test
    void the_call_list_shows_each_active_call_with_the_people_present_now() {
        UserId a = newUserId("a");
        UserId b = newUserId("b");
        UserId c = newUserId("c");
        StudyId busy = givenStudy(a);
        StudyId quiet = givenStudy(a);
        StudyId finished = givenStudy(a);
        VideoCallSession live = VideoCallSession.start(busy, null, a, T0, MediaProvider.MESH, 10, false);
        live.admit(a, T0);
        live.admit(b, minutes(1));
        live.admit(c, minutes(2));
        live.leave(c, minutes(3), LeaveReason.LEFT);                              // c came and went
        VideoCallSession over = VideoCallSession.start(finished, null, a, T0, MediaProvider.MESH, 10, false);
        over.admit(a, T0);
        over.end(minutes(5));
        inTransaction(() -> {
            sessions.saveSession(live);
            sessions.saveSession(over);
        });

        var calls = inTransaction(() -> sessions.activeCalls(List.of(busy, quiet, finished)));

        assertThat(calls).containsOnlyKeys(busy);
        assertThat(calls.get(busy).sessionId()).isEqualTo(live.id());
        assertThat(calls.get(busy).roomId()).isEqualTo(live.roomId());
        assertThat(calls.get(busy).startedAt()).isEqualTo(T0);
        assertThat(calls.get(busy).presentCount()).isEqualTo(2);
        assertThat(inTransaction(() -> sessions.activeCalls(List.of()))).isEmpty();
    }

    @Test
    void calls_are_found_by_their_media_room_and_only_active_ones_with_a_room_are_listed() {
        UserId a = newUserId("a");
        VideoCallSession onMediaServer = VideoCallSession.start(givenStudy(a), null, a, T0, MediaProvider.OPENVIDU, 10, false);
        onMediaServer.assignMediaRoom(onMediaServer.id().value());
        onMediaServer.admit(a, T0);
        VideoCallSession withoutRoom = VideoCallSession.start(givenStudy(a), null, a, T0, MediaProvider.OPENVIDU, 10, false);
        VideoCallSession endedWithRoom = VideoCallSession.start(givenStudy(a), null, a, T0, MediaProvider.OPENVIDU, 10, false);
        endedWithRoom.assignMediaRoom("coup-ended-" + endedWithRoom.id().value());
        endedWithRoom.end(minutes(1));
        inTransaction(() -> {
            sessions.saveSession(onMediaServer);
            sessions.saveSession(withoutRoom);
            sessions.saveSession(endedWithRoom);
        });

        assertThat(inTransaction(() -> sessions.findCallByMediaRoom(onMediaServer.id().value())))
                .contains(onMediaServer.id());
        assertThat(inTransaction(() -> sessions.findCallByMediaRoom(endedWithRoom.mediaRoomId())))
                .contains(endedWithRoom.id());
        assertThat(inTransaction(() -> sessions.findCallByMediaRoom("ses_nobody"))).isEmpty();
        assertThat(inTransaction(() -> sessions.activeCallsWithMediaRoom()))
                .contains(onMediaServer.id())
                .doesNotContain(withoutRoom.id(), endedWithRoom.id());
    }

    private long version(SessionId id) {
        return jdbc.queryForObject("select version from video_call_sessions where id = ?", Long.class, id.value());
    }

    private long count(String sql, SessionId id) {
        return jdbc.queryForObject(sql, Long.class, id.value());
    }
}
