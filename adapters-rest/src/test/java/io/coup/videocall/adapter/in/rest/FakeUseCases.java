package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallUseCase;
import io.coup.videocall.application.port.in.media.GetMediaStatusUseCase;
import io.coup.videocall.application.port.in.media.MediaStatusQuery;
import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.application.port.in.media.QuickJoinCommand;
import io.coup.videocall.application.port.in.media.QuickJoinUseCase;
import io.coup.videocall.application.port.in.media.QuickJoinView;
import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.application.port.in.call.CallHistoryQuery;
import io.coup.videocall.application.port.in.call.CallHistoryView;
import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.EndCallUseCase;
import io.coup.videocall.application.port.in.call.ExportAttendanceUseCase;
import io.coup.videocall.application.port.in.call.GetCallHistoryUseCase;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.call.GetSessionDetailUseCase;
import io.coup.videocall.application.port.in.call.JoinCallUseCase;
import io.coup.videocall.application.port.in.call.KickParticipantUseCase;
import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.in.call.MuteParticipantUseCase;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SessionDetailView;
import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.call.StartCallUseCase;
import io.coup.videocall.application.port.in.stats.GetStudyStatsUseCase;
import io.coup.videocall.application.port.in.stats.GetUserStatsUseCase;
import io.coup.videocall.application.port.in.stats.StudyStatsQuery;
import io.coup.videocall.application.port.in.stats.StudyStatsView;
import io.coup.videocall.application.port.in.stats.UserStatsQuery;
import io.coup.videocall.application.port.in.stats.UserStatsView;
import io.coup.videocall.application.port.in.study.CreateStudyCommand;
import io.coup.videocall.application.port.in.study.CreateStudyUseCase;
import io.coup.videocall.application.port.in.study.ListMembersUseCase;
import io.coup.videocall.application.port.in.study.ListMyStudiesUseCase;
import io.coup.videocall.application.port.in.study.MemberView;
import io.coup.videocall.application.port.in.study.MyStudyView;
import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.application.port.in.study.RemoveMemberUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.in.study.StudyView;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.application.port.in.study.UpdateMemberUseCase;
import io.coup.videocall.application.port.in.user.GetCurrentUserUseCase;
import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.user.UserId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One hand-written fake behind every inbound port: it records what it was asked, answers the canned
 * {@link Samples} (or what a test sets), and throws {@link #failure} when a test wants an error.
 */
public class FakeUseCases implements GetCurrentUserUseCase, SyncUserUseCase, CreateStudyUseCase, ListMyStudiesUseCase,
        ListMembersUseCase, UpdateMemberUseCase, RemoveMemberUseCase, StartCallUseCase, GetCallStatusUseCase,
        JoinCallUseCase, LeaveCallUseCase, GetCallHistoryUseCase, GetSessionDetailUseCase, ExportAttendanceUseCase,
        EndCallUseCase, MuteParticipantUseCase, KickParticipantUseCase, GetUserStatsUseCase, GetStudyStatsUseCase,
        QuickJoinUseCase, ConnectToCallUseCase, GetMediaStatusUseCase {

    private final List<Object> received = Collections.synchronizedList(new ArrayList<>());
    private final List<SyncUserCommand> synced = Collections.synchronizedList(new ArrayList<>());

    public RuntimeException failure;
    public StartCallResult startResult;
    public Optional<CallStatusView> status;
    public AttendanceReport report;
    public List<MyStudyView> myStudies;

    public FakeUseCases() {
        reset();
    }

    public final void reset() {
        received.clear();
        synced.clear();
        failure = null;
        startResult = new StartCallResult(Samples.SESSION, true);
        status = Optional.of(Samples.STATUS);
        report = Samples.REPORT;
        myStudies = List.of(Samples.MY_STUDY, Samples.QUIET_STUDY);
    }

    public List<Object> received() {
        return List.copyOf(received);
    }

    public <T> T last(Class<T> type) {
        List<Object> all = received();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (type.isInstance(all.get(i))) {
                return type.cast(all.get(i));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " received; got " + all);
    }

    public List<SyncUserCommand> synced() {
        return List.copyOf(synced);
    }

    private void call(Object request) {
        received.add(request);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public UserView sync(SyncUserCommand command) {
        synced.add(command);
        return new UserView(command.userId().value(), command.name(), command.avatar());
    }

    @Override
    public UserView currentUser(UserId userId) {
        call(userId);
        return Samples.ALICE;
    }

    @Override
    public StudyView create(CreateStudyCommand command) {
        call(command);
        return Samples.STUDY;
    }

    @Override
    public List<MyStudyView> myStudies(UserId userId) {
        call(userId);
        return myStudies;
    }

    @Override
    public List<MemberView> members(StudyQuery query) {
        call(query);
        return List.of(Samples.MEMBER);
    }

    @Override
    public MemberView update(UpdateMemberCommand command) {
        call(command);
        return Samples.MEMBER;
    }

    @Override
    public void remove(RemoveMemberCommand command) {
        call(command);
    }

    @Override
    public void mute(ModerateParticipantCommand command) {
        call(command);
    }

    @Override
    public void kick(ModerateParticipantCommand command) {
        call(command);
    }

    @Override
    public QuickJoinView quickJoin(QuickJoinCommand command) {
        call(command);
        return new QuickJoinView(Samples.CONNECTION, true);
    }

    @Override
    public CallConnectionView connect(ConnectToCallCommand command) {
        call(command);
        return Samples.CONNECTION;
    }

    @Override
    public MediaStatusView status(MediaStatusQuery query) {
        call(query);
        return Samples.MEDIA_STATUS;
    }

    @Override
    public StartCallResult start(StartCallCommand command) {
        call(command);
        return startResult;
    }

    @Override
    public Optional<CallStatusView> status(StudyQuery query) {
        call(query);
        return status;
    }

    @Override
    public ParticipantView join(SessionCommand command) {
        call(command);
        return Samples.PARTICIPANT;
    }

    @Override
    public void leave(SessionCommand command) {
        call(command);
    }

    @Override
    public CallHistoryView history(CallHistoryQuery query) {
        call(query);
        return Samples.HISTORY;
    }

    @Override
    public SessionDetailView detail(SessionCommand query) {
        call(query);
        return Samples.DETAIL;
    }

    @Override
    public AttendanceReport attendance(SessionCommand query) {
        call(query);
        return report;
    }

    @Override
    public SessionView end(SessionCommand command) {
        call(command);
        return Samples.ENDED_SESSION;
    }

    @Override
    public UserStatsView userStats(UserStatsQuery query) {
        call(query);
        return Samples.USER_STATS;
    }

    @Override
    public StudyStatsView studyStats(StudyStatsQuery query) {
        call(query);
        return Samples.STUDY_STATS;
    }
}
