package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids unique per call, so tests sharing one database never meet; and a deep comparison of calls. */
final class Fixtures {

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    static StudyId newStudyId() {
        return StudyId.of(unique("study"));
    }

    static UserId newUserId(String name) {
        return UserId.of(unique(name));
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** Everything a rebuilt call answers, compared at one instant: stored fields, participants, segments, media time. */
    static void assertSameCall(VideoCallSession actual, VideoCallSession expected, Instant now) {
        assertThat(actual.snapshot()).isEqualTo(expected.snapshot());
        assertThat(actual.durationSeconds(now)).isEqualTo(expected.durationSeconds(now));
        assertThat(actual.presentCount()).isEqualTo(expected.presentCount());
        assertThat(actual.participants()).extracting(Participant::userId)
                .containsExactlyInAnyOrderElementsOf(expected.participants().stream().map(Participant::userId).toList());
        for (Participant want : expected.participants()) {
            assertSameParticipant(actual.participant(want.userId()).orElseThrow(), want, now);
        }
    }

    /** Everything a rebuilt participant answers, compared at one instant. */
    static void assertSameParticipant(Participant got, Participant want, Instant now) {
        assertThat(got.id()).isEqualTo(want.id());
        List<AttendanceSegment> segments = got.segments();
        assertThat(segments).as("segments of %s", want.userId()).isEqualTo(want.segments());
        assertThat(got.joinedAt()).isEqualTo(want.joinedAt());
        assertThat(got.leftAt()).isEqualTo(want.leftAt());
        assertThat(got.attendedMillis(now)).as("attended %s", want.userId()).isEqualTo(want.attendedMillis(now));
        for (MediaKind kind : MediaKind.values()) {
            assertThat(got.mediaTimer(kind)).as("%s of %s", kind, want.userId()).isEqualTo(want.mediaTimer(kind));
            assertThat(got.mediaMillis(kind, now)).isEqualTo(want.mediaMillis(kind, now));
        }
        assertThat(got.messageCount()).isEqualTo(want.messageCount());
        assertThat(got.isKicked()).isEqualTo(want.isKicked());
    }
}
