package io.coup.videocall.application.port.in.call;

import io.coup.videocall.application.port.in.user.UserView;

import java.util.List;

public record CallHistoryView(List<Entry> sessions, Page pagination) {

    public record Entry(SessionView session, List<Attendee> participants, int participantCount) {
    }

    /** @param duration whole seconds attended, up to now for someone still present */
    public record Attendee(String id, String userId, long duration, UserView user) {
    }

    public record Page(int page, int limit, long total, long totalPages) {
    }
}
