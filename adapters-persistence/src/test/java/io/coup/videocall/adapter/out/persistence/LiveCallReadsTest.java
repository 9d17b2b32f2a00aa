package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallHistoryPort.AttendeeRecord;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.coup.videocall.adapter.out.persistence.Fixtures.assertSameParticipant;
import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What statistics read of a call in progress: every attendee in brief (their row's stored totals, no segments), and
 * one person's participant, without a lock.
 */
class LiveCallReadsTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    /** Three people: the host present throughout, Ann present after a return, Bob gone; the call goes on. */
    private VideoCallSession storedCall(UserId ann, UserId bob) {
        UserId host = newUserId("host");
        StudyId study = givenStudy(host);
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        call.admit(ann, T0.plusSeconds(10));
        call.admit(bob, T0.plusSeconds(20));
        call.leave(ann, T0.plusSeconds(70), LeaveReason.DISCONNECTED);
        call.admit(ann, T0.plusSeconds(100));
        call.switchMedia(ann, MediaKind.VIDEO_OFF, true, T0.plusSeconds(120));
        call.leave(bob, T0.plusSeconds(200), LeaveReason.LEFT);
        inTransaction(() -> sessions.saveSession(call));
        return call;
    }

    @Test
    void every_attendee_is_read_in_brief_in_order_of_first_joining_counting_up_to_now() {
        UserId ann = newUserId("ann");
        UserId bob = newUserId("bob");
        VideoCallSession call = storedCall(ann, bob);

        Statistics statistics = statistics();
        statistics.clear();
        List<AttendeeRecord> attendees = inTransaction(() -> sessions.loadAttendees(call.id()));

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(AttendanceSegmentJpaEntity.class.getName()).getLoadCount()).isZero();
        Instant now = T0.plusSeconds(300);
        assertThat(attendees).extracting(AttendeeRecord::userId)
                .containsExactly(call.startedBy(), ann, bob);
        for (AttendeeRecord attendee : attendees) {
            Participant participant = call.participant(attendee.userId()).orElseThrow();
            assertThat(attendee.id()).isEqualTo(participant.id());
            assertThat(attendee.millis(now)).as("%s", attendee.userId()).isEqualTo(participant.attendedMillis(now));
        }
        assertThat(inTransaction(() -> sessions.loadAttendees(SessionId.newId()))).isEmpty();
    }

    @Test
    void one_persons_participant_is_read_with_its_segments_and_media_time() {
        UserId ann = newUserId("ann");
        VideoCallSession call = storedCall(ann, newUserId("bob"));

        Participant loaded = inTransaction(() -> sessions.loadParticipant(call.id(), ann)).orElseThrow();

        assertSameParticipant(loaded, call.participant(ann).orElseThrow(), T0.plusSeconds(300));
        assertThat(inTransaction(() -> sessions.loadParticipant(call.id(), newUserId("never")))).isEmpty();
    }
}
