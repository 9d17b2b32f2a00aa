package io.coup.videocall.application.port.in.call;

public interface ExportAttendanceUseCase {

    AttendanceReport attendance(SessionCommand query);
}
