package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.ApiTime;
import io.coup.videocall.application.port.in.call.AttendanceReport;

import java.util.List;

/**
 * The attendance report as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break). A cell starting with {@code = + - @} (or tab or carriage return) would be run as a formula by
 * spreadsheet programs, so it is prefixed with {@code '} (OWASP's advice on CSV injection).
 */
final class AttendanceCsv {

    static final String HEADER = "userId,name,joinedAt,leftAt,seconds,leaveReason";
    private static final String CRLF = "\r\n";

    private AttendanceCsv() {
    }

    static String render(AttendanceReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (AttendanceReport.Row row : report.rows()) {
            List<String> cells = List.of(
                    text(row.userId()),
                    text(row.name()),
                    row.joinedAt() == null ? "" : ApiTime.format(row.joinedAt()),
                    row.leftAt() == null ? "" : ApiTime.format(row.leftAt()),
                    Long.toString(row.seconds()),
                    row.leaveReason() == null ? "" : row.leaveReason().name());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(quote(cells.get(i)));
            }
            csv.append(CRLF);
        }
        return csv.toString();
    }

    /** Free text from users: neutralise formula triggers. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
