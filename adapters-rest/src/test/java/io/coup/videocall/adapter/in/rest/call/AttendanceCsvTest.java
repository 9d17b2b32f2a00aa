package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.domain.call.LeaveReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceCsvTest {

    private static final Instant AT = Instant.parse("2025-11-19T10:30:00Z");

    private static String rowFor(String userId, String name) {
        String csv = AttendanceCsv.render(new AttendanceReport("s", List.of(
                new AttendanceReport.Row(userId, name, AT, AT.plusSeconds(61), 61, LeaveReason.KICKED))));
        return csv.substring(csv.indexOf("\r\n") + 2);
    }

    @Test
    void starts_with_the_header_and_ends_rows_with_crlf() {
        assertThat(AttendanceCsv.render(new AttendanceReport("s", List.of())))
                .isEqualTo("userId,name,joinedAt,leftAt,seconds,leaveReason\r\n");
        assertThat(rowFor("u1", "Kim")).isEqualTo("u1,Kim,2025-11-19T10:30:00.000Z,2025-11-19T10:31:01.000Z,61,KICKED\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_with_doubled_quotes() {
        assertThat(rowFor("u1", "Kim, \"Jay\"")).startsWith("u1,\"Kim, \"\"Jay\"\"\",");
        assertThat(rowFor("u1", "two\nlines")).startsWith("u1,\"two\nlines\",");
        assertThat(rowFor("u1", "cr\rhere")).startsWith("u1,\"cr\rhere\",");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void cells_that_a_spreadsheet_would_evaluate_are_prefixed_with_a_quote(String name) {
        assertThat(AttendanceCsv.text(name)).isEqualTo("'" + name);
    }

    @Test
    void an_injected_user_id_is_neutralised_too() {
        assertThat(rowFor("=cmd|' /C calc'!A0", "Kim")).startsWith("'=cmd|' /C calc'!A0,Kim,");
    }

    @Test
    void harmless_text_is_untouched_and_null_is_empty() {
        assertThat(AttendanceCsv.text("김민수")).isEqualTo("김민수");
        assertThat(AttendanceCsv.text("a=b")).isEqualTo("a=b");
        assertThat(AttendanceCsv.text(null)).isEmpty();
    }
}
