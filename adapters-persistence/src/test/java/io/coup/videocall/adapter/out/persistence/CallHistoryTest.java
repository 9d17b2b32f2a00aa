package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallHistoryPort.AttendeeRecord;
import io.coup.videocall.application.port.out.CallHistoryPort.HistoryPage;
import io.coup.videocall.application.port.out.CallHistoryPort.SessionRecord;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallHistoryTest extends PostgresAdapterTest {

    /** Starts of the study's calls, one a day at 10:00 UTC; the last is still running. */
    private static final List<Instant> STARTS = List.of(at("2026-03-01T10:00:00Z"), at("2026-03-02T10:00:00Z"),
            at("2026-03-03T10:00:00Z"), at("2026-03-04T10:00:00Z"), at("2026-03-05T10:00:00Z"),
            at("2026-03-06T10:00:00Z"));

    private UserId host;
    private UserId guest;
    private StudyId study;
    private final List<SessionId> calls = new ArrayList<>();

    @BeforeEach
    void sixCallsAndOneInAnotherStudy() {
        host = newUserId("host");
        guest = newUserId("guest");
        study = givenStudy(host);
        for (Instant start : STARTS) {
            VideoCallSession call = VideoCallSession.start(study, "Call of " + start, host, start, MediaProvider.MESH, 10,
                    false);
            call.admit(host, start);
            call.admit(guest, start.plusSeconds(60));
            call.leave(guest, start.plusSeconds(360), LeaveReason.LEFT);        // 5 min
            call.admit(guest, start.plusSeconds(600));                         // back after 4 min away
            if (start != STARTS.get(STARTS.size() - 1)) {
                call.end(start.plusSeconds(1200));                             // guest: 5 + 10 min
            }
            inTransaction(() -> sessions.saveSession(call));
            calls.add(call.id());
        }
        StudyId other = givenStudy(host);
        VideoCallSession elsewhere = VideoCallSession.start(other, null, host, STARTS.get(2), MediaProvider.MESH, 10, false);
        elsewhere.admit(host, STARTS.get(2));
        inTransaction(() -> sessions.saveSession(elsewhere));
    }

    @Test
    void pages_run_newest_first_and_count_every_call_of_the_study_only() {
        HistoryPage first = history(null, null, 0, 2);
        HistoryPage second = history(null, null, 2, 2);
        HistoryPage third = history(null, null, 4, 2);
        HistoryPage beyond = history(null, null, 6, 2);

        assertThat(first.total()).isEqualTo(6);
        assertThat(ids(first)).containsExactly(calls.get(5), calls.get(4));
        assertThat(ids(second)).containsExactly(calls.get(3), calls.get(2));
        assertThat(ids(third)).containsExactly(calls.get(1), calls.get(0));
        assertThat(beyond.sessions()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
        assertThat(history(null, null, 0, 100).sessions()).hasSize(6);
    }

    @Test
    void from_is_inclusive_and_until_exclusive_on_the_start_instant() {
        HistoryPage window = history(STARTS.get(1), STARTS.get(4), 0, 10);
        assertThat(ids(window)).containsExactly(calls.get(3), calls.get(2), calls.get(1));
        assertThat(window.total()).isEqualTo(3);

        assertThat(ids(history(STARTS.get(4), null, 0, 10))).containsExactly(calls.get(5), calls.get(4));
        assertThat(ids(history(null, STARTS.get(1), 0, 10))).containsExactly(calls.get(0));
        assertThat(history(STARTS.get(2), STARTS.get(2), 0, 10).total()).isZero();
    }

    @Test
    void attendees_carry_their_stored_closed_time_and_the_start_of_an_open_segment() {
        SessionRecord running = history(null, null, 0, 1).sessions().get(0);
        SessionRecord ended = history(null, null, 1, 1).sessions().get(0);

        assertThat(running.session().id()).isEqualTo(calls.get(5));
        assertThat(running.session().endedAt()).isNull();
        AttendeeRecord hostLive = attendee(running, host);
        AttendeeRecord guestLive = attendee(running, guest);
        assertThat(hostLive.closedMillis()).isZero();
        assertThat(hostLive.openSince()).isEqualTo(STARTS.get(5));
        assertThat(guestLive.closedMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());
        assertThat(guestLive.openSince()).isEqualTo(STARTS.get(5).plusSeconds(600));
        assertThat(running.attendees()).extracting(AttendeeRecord::userId).containsExactly(host, guest);

        assertThat(ended.session().endedAt()).isEqualTo(STARTS.get(4).plusSeconds(1200));
        assertThat(attendee(ended, guest).closedMillis()).isEqualTo(Duration.ofMinutes(15).toMillis());
        assertThat(attendee(ended, guest).openSince()).isNull();
        assertThat(attendee(ended, host).closedMillis()).isEqualTo(Duration.ofMinutes(20).toMillis());
    }

    @Test
    void a_page_costs_three_queries_whatever_its_size() {
        Statistics statistics = statistics();
        statistics.clear();
        HistoryPage page = history(null, null, 1, 5);
        assertThat(page.sessions()).hasSize(5).allSatisfy(s -> assertThat(s.attendees()).hasSize(2));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
    }

    @Test
    void a_negative_offset_or_an_empty_page_is_a_programming_error() {
        assertThatThrownBy(() -> history(null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history(null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private HistoryPage history(Instant from, Instant until, int offset, int limit) {
        return inTransaction(() -> sessions.loadHistory(study, from, until, offset, limit));
    }

    private static List<SessionId> ids(HistoryPage page) {
        return page.sessions().stream().map(s -> s.session().id()).toList();
    }

    private static AttendeeRecord attendee(SessionRecord record, UserId user) {
        return record.attendees().stream().filter(a -> a.userId().equals(user)).findFirst().orElseThrow();
    }
}
