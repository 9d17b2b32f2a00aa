package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallHistoryQuery;
import io.coup.videocall.application.port.in.call.CallHistoryView;
import io.coup.videocall.application.port.in.call.GetCallHistoryUseCase;
import io.coup.videocall.application.port.out.CallHistoryPort;
import io.coup.videocall.application.port.out.CallHistoryPort.HistoryPage;
import io.coup.videocall.application.port.out.CallHistoryPort.SessionRecord;
import io.coup.videocall.domain.user.UserId;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

@Transactional(readOnly = true)
public class GetCallHistoryService implements GetCallHistoryUseCase {

    private final StudyAccess access;
    private final CallHistoryPort history;
    private final CallViews views;
    private final Clock clock;

    public GetCallHistoryService(StudyAccess access, CallHistoryPort history, CallViews views, Clock clock) {
        this.access = access;
        this.history = history;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public CallHistoryView history(CallHistoryQuery q) {
        access.requireActiveMember(q.studyId(), q.caller());
        // in long: page * limit overflows int for a large page number, and a negative offset breaks the store
        int offset = (int) Math.min((long) (q.page() - 1) * q.limit(), Integer.MAX_VALUE);
        HistoryPage page = history.loadHistory(q.studyId(), q.startedFrom(), q.startedUntil(), offset, q.limit());
        List<UserId> people = page.sessions().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.session().startedBy()), s.attendees().stream().map(CallHistoryPort.AttendeeRecord::userId)))
                .distinct().toList();
        CallViews.Profiles profiles = views.profilesOf(people);
        Instant now = clock.instant();
        List<CallHistoryView.Entry> entries = page.sessions().stream().map(s -> entry(s, profiles, now)).toList();
        long totalPages = (page.total() + q.limit() - 1) / q.limit();
        return new CallHistoryView(entries, new CallHistoryView.Page(q.page(), q.limit(), page.total(), totalPages));
    }

    private static CallHistoryView.Entry entry(SessionRecord s, CallViews.Profiles profiles, Instant now) {
        List<CallHistoryView.Attendee> attendees = s.attendees().stream()
                .map(a -> new CallHistoryView.Attendee(a.id().value(), a.userId().value(), CallViews.seconds(a.millis(now)),
                        profiles.of(a.userId())))
                .toList();
        return new CallHistoryView.Entry(CallViews.session(s.session(), profiles.of(s.session().startedBy())), attendees,
                attendees.size());
    }
}
