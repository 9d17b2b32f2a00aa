package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.LoadSessionPort.CallInProgress;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameParticipant;
import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code loadCallInProgress} and {@code loadPresentParticipants}: what a call's status shows (the call and those
 * present, with their segments) is read without the rows of everyone who came and left before.
 */
class CallInProgressTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    @Test
    void a_call_of_150_attendees_loads_only_the_10_present_in_order_of_first_joining() {
        VideoCallSession call = givenCallOf150With10Present();

        Statistics statistics = statistics();
        statistics.clear();
        CallInProgress loaded = inTransaction(() -> sessions.loadCallInProgress(call.studyId()).orElseThrow());

        assertThat(statistics.getPrepareStatementCount()).as("the call's row, then those present with segments")
                .isEqualTo(2);
        assertThat(statistics.getEntityStatistics(ParticipantJpaEntity.class.getName()).getLoadCount()).isEqualTo(10);
        assertThat(loaded.session()).isEqualTo(call.snapshot());
        assertSamePresent(loaded.present(), call);
    }

    @Test
    void those_present_are_read_by_session_id_in_one_statement() {
        VideoCallSession call = givenCallOf150With10Present();

        Statistics statistics = statistics();
        statistics.clear();
        List<Participant> present = inTransaction(() -> sessions.loadPresentParticipants(call.id()));

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(ParticipantJpaEntity.class.getName()).getLoadCount()).isEqualTo(10);
        assertSamePresent(present, call);
    }

    /** 150 joined, 140 left; the 10 present came back after a disconnection and muted. */
    private VideoCallSession givenCallOf150With10Present() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, "lecture", host, T0, MediaProvider.MESH, 500, false);
        List<UserId> people = IntStream.range(0, 150).mapToObj(i -> UserId.of("p" + i + "-" + study.value())).toList();
        // Joined a second apart, in reverse order of id so that the order of rows cannot pass for the order of joining.
        for (int i = 0; i < people.size(); i++) {
            call.admit(people.get(people.size() - 1 - i), T0.plusSeconds(i));
        }
        List<UserId> present = people.subList(0, 10);
        for (int i = present.size(); i < people.size(); i++) {
            call.leave(people.get(i), T0.plusSeconds(300 + i), LeaveReason.LEFT);
        }
        for (int i = 0; i < present.size(); i++) {
            call.leave(present.get(i), T0.plusSeconds(500), LeaveReason.DISCONNECTED);
            call.admit(present.get(i), T0.plusSeconds(600 + i));
            call.switchMedia(present.get(i), MediaKind.AUDIO_MUTED, true, T0.plusSeconds(700));
        }
        inTransaction(() -> sessions.saveSession(call));
        assertThat(call.presentParticipants()).hasSize(10);
        return call;
    }

    private static void assertSamePresent(List<Participant> loaded, VideoCallSession call) {
        assertThat(loaded).extracting(Participant::userId)
                .containsExactlyElementsOf(call.presentParticipants().stream().map(Participant::userId).toList());
        Instant now = T0.plusSeconds(900);
        for (Participant got : loaded) {
            assertSameParticipant(got, call.participant(got.userId()).orElseThrow(), now);
        }
    }

    @Test
    void a_call_nobody_has_joined_yet_is_in_progress_with_nobody_present() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        inTransaction(() -> sessions.saveSession(call));

        CallInProgress loaded = inTransaction(() -> sessions.loadCallInProgress(study).orElseThrow());

        assertThat(loaded.session().id()).isEqualTo(call.id());
        assertThat(loaded.present()).isEmpty();
    }

    @Test
    void a_study_whose_calls_have_ended_has_none_in_progress() {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        call.leave(host, T0.plusSeconds(60), LeaveReason.LEFT);
        inTransaction(() -> sessions.saveSession(call));

        assertThat(inTransaction(() -> sessions.loadCallInProgress(study))).isEmpty();
        assertThat(inTransaction(() -> sessions.loadCallInProgress(Fixtures.newStudyId()))).isEmpty();
        assertThat(inTransaction(() -> sessions.loadPresentParticipants(call.id()))).isEmpty();
    }
}
