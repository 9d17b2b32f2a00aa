package io.coup.videocall.domain.call;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendanceSegmentTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");

    @Test
    void a_segment_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new AttendanceSegment(T0, T0.minusMillis(1), LeaveReason.LEFT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_closed_segment_needs_a_leave_reason() {
        assertThatThrownBy(() -> new AttendanceSegment(T0, T0.plusSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_open_segment_has_no_leave_reason() {
        assertThatThrownBy(() -> new AttendanceSegment(T0, null, LeaveReason.LEFT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_segment_needs_a_start() {
        assertThatThrownBy(() -> new AttendanceSegment(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_zero_length_segment_is_valid() {
        AttendanceSegment segment = new AttendanceSegment(T0, T0, LeaveReason.DISCONNECTED);

        assertThat(segment.isOpen()).isFalse();
        assertThat(segment.millis(T0.plusSeconds(60))).isZero();
    }

    @Test
    void an_open_segment_counts_up_to_now() {
        AttendanceSegment segment = AttendanceSegment.openAt(T0);

        assertThat(segment.isOpen()).isTrue();
        assertThat(segment.millis(T0.plusMillis(1_234))).isEqualTo(1_234L);
    }

    @Test
    void a_closed_segment_counts_up_to_its_end_whatever_now_is() {
        AttendanceSegment segment = new AttendanceSegment(T0, T0.plusSeconds(30), LeaveReason.LEFT);

        assertThat(segment.millis(T0.plusSeconds(3_600))).isEqualTo(30_000L);
    }

    @Test
    void closing_before_the_start_clamps_to_the_start() {
        AttendanceSegment closed = AttendanceSegment.openAt(T0).closeAt(T0.minusSeconds(10), LeaveReason.DISCONNECTED);

        assertThat(closed).isEqualTo(new AttendanceSegment(T0, T0, LeaveReason.DISCONNECTED));
    }

    @Test
    void an_open_segment_asked_about_an_earlier_instant_counts_nothing() {
        assertThat(AttendanceSegment.openAt(T0).millis(T0.minusSeconds(1))).isZero();
    }
}
