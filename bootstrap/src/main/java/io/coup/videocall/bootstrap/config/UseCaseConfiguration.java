package io.coup.videocall.bootstrap.config;

import io.coup.videocall.application.port.in.call.StartCallUseCase;
import io.coup.videocall.application.port.in.media.ConnectToCallUseCase;
import io.coup.videocall.application.port.out.ActiveCallsPort;
import io.coup.videocall.application.port.out.AttendanceStatsPort;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.application.port.out.CallHistoryPort;
import io.coup.videocall.application.port.out.ConnectedParticipantsPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.LoadStudyPort;
import io.coup.videocall.application.port.out.LoadUserPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.ParticipantLivenessPort;
import io.coup.videocall.application.port.out.SaveCallMessagePort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.application.port.out.SaveStudyPort;
import io.coup.videocall.application.port.out.SaveUserPort;
import io.coup.videocall.application.port.out.SignalingStatsPort;
import io.coup.videocall.application.service.CallSettings;
import io.coup.videocall.application.service.CallViews;
import io.coup.videocall.application.service.ConnectToCallService;
import io.coup.videocall.application.service.CreateStudyService;
import io.coup.videocall.application.service.EndCallService;
import io.coup.videocall.application.service.ExportAttendanceService;
import io.coup.videocall.application.service.GetCallHistoryService;
import io.coup.videocall.application.service.CurrentCallCache;
import io.coup.videocall.application.service.CurrentCallLoader;
import io.coup.videocall.application.service.GetCallStatusService;
import io.coup.videocall.application.service.GetCurrentUserService;
import io.coup.videocall.application.service.GetSessionDetailService;
import io.coup.videocall.application.service.GetSignalingStatusService;
import io.coup.videocall.application.service.GetStudyStatsService;
import io.coup.videocall.application.service.GetUserStatsService;
import io.coup.videocall.application.service.JoinCallService;
import io.coup.videocall.application.service.KickParticipantService;
import io.coup.videocall.application.service.LeaveCallService;
import io.coup.videocall.application.service.ListMembersService;
import io.coup.videocall.application.service.MembershipEnd;
import io.coup.videocall.application.service.ListMyStudiesService;
import io.coup.videocall.application.service.MuteParticipantService;
import io.coup.videocall.application.service.QuickJoinService;
import io.coup.videocall.application.service.RemoveMemberService;
import io.coup.videocall.application.service.StartCallService;
import io.coup.videocall.application.service.StudyAccess;
import io.coup.videocall.application.service.RecordDisconnectService;
import io.coup.videocall.application.service.RecordHeartbeatService;
import io.coup.videocall.application.service.ReapStaleParticipantsService;
import io.coup.videocall.application.service.SendCallMessageService;
import io.coup.videocall.application.service.SwitchMediaService;
import io.coup.videocall.application.service.SyncUserService;
import io.coup.videocall.application.service.UpdateMemberService;
import io.coup.videocall.domain.call.Staleness;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** The application's services are plain Java; here they become beans, wired to the adapters' ports. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    /** Millisecond ticks: what the database stores, so an instant reads back exactly as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    CallSettings callSettings(CoupProperties properties) {
        return new CallSettings(properties.calls().maxParticipants());
    }

    @Bean
    StudyAccess studyAccess(LoadStudyPort studies, LoadSessionPort sessions) {
        return new StudyAccess(studies, sessions);
    }

    @Bean
    CallViews callViews(LoadUserPort users) {
        return new CallViews(users);
    }

    @Bean
    SyncUserService syncUserService(LoadUserPort users, SaveUserPort store) {
        return new SyncUserService(users, store);
    }

    @Bean
    GetCurrentUserService getCurrentUserService(LoadUserPort users) {
        return new GetCurrentUserService(users);
    }

    @Bean
    CreateStudyService createStudyService(LoadStudyPort studies, SaveStudyPort store, Clock clock) {
        return new CreateStudyService(studies, store, clock);
    }

    @Bean
    ListMyStudiesService listMyStudiesService(LoadStudyPort studies, ActiveCallsPort activeCalls) {
        return new ListMyStudiesService(studies, activeCalls);
    }

    @Bean
    ListMembersService listMembersService(StudyAccess access, LoadUserPort users) {
        return new ListMembersService(access, users);
    }

    @Bean
    UpdateMemberService updateMemberService(LoadStudyPort studies, SaveStudyPort store, LoadUserPort users,
                                            SaveUserPort userStore, MembershipEnd membershipEnd, Clock clock) {
        return new UpdateMemberService(studies, store, users, userStore, membershipEnd, clock);
    }

    @Bean
    RemoveMemberService removeMemberService(LoadStudyPort studies, SaveStudyPort store, MembershipEnd membershipEnd) {
        return new RemoveMemberService(studies, store, membershipEnd);
    }

    @Bean
    MembershipEnd membershipEnd(LoadSessionPort sessions, SaveSessionPort store, MediaProviderPort media,
                                CallNotifierPort notifier, Clock clock) {
        return new MembershipEnd(sessions, store, media, notifier, clock);
    }

    @Bean
    StartCallService startCallService(LoadStudyPort studies, LoadSessionPort sessions, SaveSessionPort store,
                                      CallViews views, CallSettings settings, CallNotifierPort notifier,
                                      MediaProviderPort media, Clock clock) {
        return new StartCallService(studies, sessions, store, views, settings, notifier, media, clock);
    }

    @Bean
    ConnectToCallService connectToCallService(StudyAccess access, SaveSessionPort store, CallViews views,
                                              MediaProviderPort media, Clock clock) {
        return new ConnectToCallService(access, store, views, media, clock);
    }

    /** Takes the start and connect use cases' beans: their work joins this service's transaction. */
    @Bean
    QuickJoinService quickJoinService(StudyAccess access, LoadSessionPort sessions, StartCallUseCase startCall,
                                      ConnectToCallUseCase connectToCall) {
        return new QuickJoinService(access, sessions, startCall, connectToCall);
    }

    @Bean
    CurrentCallLoader currentCallLoader(LoadSessionPort sessions, CallViews views) {
        return new CurrentCallLoader(sessions, views);
    }

    @Bean
    GetCallStatusService getCallStatusService(CallStatusProbePort probes, CurrentCallLoader loader,
                                              CallPresencePort presence, CoupProperties properties, Clock clock) {
        return new GetCallStatusService(probes, loader, presence,
                new CurrentCallCache(properties.calls().statusCacheMaxAge(), System::nanoTime), clock);
    }

    @Bean
    JoinCallService joinCallService(StudyAccess access, SaveSessionPort store, CallViews views, Clock clock) {
        return new JoinCallService(access, store, views, clock);
    }

    @Bean
    LeaveCallService leaveCallService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier,
                                      Clock clock) {
        return new LeaveCallService(access, store, notifier, clock);
    }

    @Bean
    RecordDisconnectService recordDisconnectService(StudyAccess access, SaveSessionPort store,
                                                    CallNotifierPort notifier, Clock clock) {
        return new RecordDisconnectService(access, store, notifier, clock);
    }

    @Bean
    RecordHeartbeatService recordHeartbeatService(ConnectedParticipantsPort connections,
                                                  ParticipantLivenessPort liveness, Clock clock) {
        return new RecordHeartbeatService(connections, liveness, clock);
    }

    @Bean
    ReapStaleParticipantsService reapStaleParticipantsService(ParticipantLivenessPort liveness,
                                                              LoadSessionPort sessions, SaveSessionPort store,
                                                              CallNotifierPort notifier, CoupProperties properties,
                                                              Clock clock) {
        CoupProperties.Calls calls = properties.calls();
        return new ReapStaleParticipantsService(liveness, sessions, store, notifier,
                new Staleness(calls.staleAfter(), calls.unconnectedStaleAfter()), clock);
    }

    @Bean
    SwitchMediaService switchMediaService(StudyAccess access, SaveSessionPort store, Clock clock) {
        return new SwitchMediaService(access, store, clock);
    }

    @Bean
    SendCallMessageService sendCallMessageService(StudyAccess access, SaveSessionPort store,
                                                  SaveCallMessagePort messages, Clock clock) {
        return new SendCallMessageService(access, store, messages, clock);
    }

    @Bean
    EndCallService endCallService(StudyAccess access, SaveSessionPort store, CallViews views,
                                  CallNotifierPort notifier, MediaProviderPort media, Clock clock) {
        return new EndCallService(access, store, views, notifier, media, clock);
    }

    @Bean
    MuteParticipantService muteParticipantService(StudyAccess access, LoadSessionPort sessions, CallNotifierPort notifier) {
        return new MuteParticipantService(access, sessions, notifier);
    }

    @Bean
    KickParticipantService kickParticipantService(StudyAccess access, SaveSessionPort store, CallNotifierPort notifier,
                                                  MediaProviderPort media, Clock clock) {
        return new KickParticipantService(access, store, notifier, media, clock);
    }

    @Bean
    GetSessionDetailService getSessionDetailService(StudyAccess access, CallViews views, Clock clock) {
        return new GetSessionDetailService(access, views, clock);
    }

    @Bean
    ExportAttendanceService exportAttendanceService(StudyAccess access, CallViews views, Clock clock) {
        return new ExportAttendanceService(access, views, clock);
    }

    @Bean
    GetCallHistoryService getCallHistoryService(StudyAccess access, CallHistoryPort history, CallViews views,
                                                Clock clock) {
        return new GetCallHistoryService(access, history, views, clock);
    }

    @Bean
    GetUserStatsService getUserStatsService(StudyAccess access, AttendanceStatsPort stats, LoadSessionPort sessions,
                                            Clock clock) {
        return new GetUserStatsService(access, stats, sessions, clock);
    }

    @Bean
    GetStudyStatsService getStudyStatsService(StudyAccess access, AttendanceStatsPort stats, LoadSessionPort sessions,
                                              CallHistoryPort history, LoadUserPort users, Clock clock) {
        return new GetStudyStatsService(access, stats, sessions, history, users, clock);
    }

    @Bean
    GetSignalingStatusService getSignalingStatusService(SignalingStatsPort stats, Clock clock) {
        return new GetSignalingStatusService(stats, clock);
    }
}
