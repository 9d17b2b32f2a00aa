package io.coup.videocall.application.service;

import io.coup.videocall.application.testing.FakeMediaProvider;
import io.coup.videocall.application.testing.FixedConnections;
import io.coup.videocall.application.testing.FixedPresence;
import io.coup.videocall.application.testing.InMemoryAttendanceStats;
import io.coup.videocall.application.testing.InMemoryCallMessages;
import io.coup.videocall.application.testing.InMemoryLiveness;
import io.coup.videocall.application.testing.InMemorySessions;
import io.coup.videocall.application.testing.InMemoryStatusProbes;
import io.coup.videocall.application.testing.InMemoryStudies;
import io.coup.videocall.application.testing.InMemoryUsers;
import io.coup.videocall.application.testing.MutableClock;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.Staleness;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One world of fakes for the service tests: study {@link #STUDY} with an owner, an admin, plain members, a
 * pending and a banned member; another study {@link #OTHER_STUDY}; profiles for everyone but {@link #GHOST}.
 */
final class Fixture {

    static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");

    static final StudyId STUDY = StudyId.of("algo");
    static final StudyId OTHER_STUDY = StudyId.of("other");
    static final StudyId NO_SUCH_STUDY = StudyId.of("no-such-study");

    static final UserId OWNER = UserId.of("olivia");
    static final UserId ADMIN = UserId.of("adam");
    static final UserId MEMBER = UserId.of("mina");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    /** An active member who never signed in: no profile. */
    static final UserId GHOST = UserId.of("ghost");
    static final UserId PENDING = UserId.of("pat");
    static final UserId BANNED = UserId.of("ben");
    /** Signed in, member of nothing here. */
    static final UserId OUTSIDER = UserId.of("olga");
    /** Owner of {@link #OTHER_STUDY}. */
    static final UserId ZOE = UserId.of("zoe");

    static final int MAX_PARTICIPANTS = 10;

    /** How long a fresh visit may go without a media connection before reconciliation closes it. */
    static final Duration SETTLE_TIME = Duration.ofSeconds(30);
    /** Gone 90 s after a connection's last report; 12 h after a visit no connection reported. */
    static final Staleness STALENESS = new Staleness(Duration.ofSeconds(90), Duration.ofHours(12));

    final MutableClock clock = new MutableClock(T0);
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryStudies studies = new InMemoryStudies();
    final InMemorySessions sessions = new InMemorySessions();
    final InMemoryAttendanceStats stats = new InMemoryAttendanceStats(sessions);
    final FixedPresence presence = new FixedPresence();
    final RecordingNotifier notifier = new RecordingNotifier();
    final InMemoryCallMessages callMessages = new InMemoryCallMessages();
    final FakeMediaProvider media = new FakeMediaProvider(MediaProvider.MESH, clock);
    final InMemoryLiveness liveness = new InMemoryLiveness(sessions);
    /** The monotonic clock of the caches, apart from {@link #clock}: the business clock may stand still. */
    final AtomicLong nanos = new AtomicLong();
    final CurrentCallCache currentCalls = new CurrentCallCache(Duration.ofSeconds(1), nanos::get);
    final FixedConnections connections = new FixedConnections();
    final CallSettings settings;
    final StudyAccess access = new StudyAccess(studies, sessions);
    final CallViews views = new CallViews(users);

    Fixture() {
        this(MAX_PARTICIPANTS);
    }

    Fixture(int maxParticipants) {
        settings = new CallSettings(maxParticipants);
        Instant joined = T0.minusSeconds(86_400L * 400);
        studies.add(Study.rehydrate(STUDY, "Algorithms", joined, List.of(
                new StudyMember(OWNER, StudyRole.OWNER, MemberStatus.ACTIVE, joined),
                new StudyMember(ADMIN, StudyRole.ADMIN, MemberStatus.ACTIVE, joined.plusSeconds(1)),
                new StudyMember(MEMBER, StudyRole.MEMBER, MemberStatus.ACTIVE, joined.plusSeconds(2)),
                new StudyMember(BOB, StudyRole.MEMBER, MemberStatus.ACTIVE, joined.plusSeconds(3)),
                new StudyMember(CAROL, StudyRole.MEMBER, MemberStatus.ACTIVE, joined.plusSeconds(4)),
                new StudyMember(GHOST, StudyRole.MEMBER, MemberStatus.ACTIVE, joined.plusSeconds(5)),
                new StudyMember(PENDING, StudyRole.MEMBER, MemberStatus.PENDING, joined.plusSeconds(6)),
                new StudyMember(BANNED, StudyRole.MEMBER, MemberStatus.BANNED, joined.plusSeconds(7)))));
        studies.add(Study.rehydrate(OTHER_STUDY, "Other", joined, List.of(
                new StudyMember(ZOE, StudyRole.OWNER, MemberStatus.ACTIVE, joined),
                new StudyMember(MEMBER, StudyRole.MEMBER, MemberStatus.ACTIVE, joined))));
        users.add(profile(OWNER, "Olivia"), profile(ADMIN, "Adam"), profile(MEMBER, "Mina"), profile(BOB, "Bob"),
                profile(CAROL, "Carol"), profile(PENDING, "Pat"), profile(BANNED, "Ben"), profile(OUTSIDER, "Olga"),
                profile(ZOE, "Zoe"));
    }

    static User profile(UserId id, String name) {
        return new User(id, name, "https://img.example/" + id.value() + ".png");
    }

    /** Study, caller: everyone who must be told NOT_STUDY_MEMBER. */
    static Stream<Arguments> notMembers() {
        return Stream.of(
                Arguments.of(STUDY, OUTSIDER),
                Arguments.of(STUDY, PENDING),
                Arguments.of(STUDY, BANNED),
                Arguments.of(NO_SUCH_STUDY, MEMBER));
    }

    // --- time ---

    Instant now() {
        return clock.instant();
    }

    Instant advance(long seconds) {
        return clock.advanceSeconds(seconds);
    }

    // --- calls, set up through the domain and stored as seed (no save counted) ---

    /** Starts a call of {@code study} now, started by {@code starter}, with everyone given admitted now. */
    SessionId call(StudyId study, UserId starter, UserId... present) {
        VideoCallSession session = VideoCallSession.start(study, null, starter, now(), media.provider(),
                settings.maxParticipants(), false);
        for (UserId user : present) {
            session.admit(user, now());
        }
        sessions.add(session);
        return session.id();
    }

    SessionId call(UserId starter, UserId... present) {
        return call(STUDY, starter, present);
    }

    /**
     * A call with a room on {@link #media} (its {@code mediaRoomId} is the session id, as OpenVidu's), started now;
     * everyone given joined now, each with one connection in use.
     */
    SessionId mediaCall(UserId starter, UserId... present) {
        SessionId id = call(starter, present);
        change(id, s -> s.assignMediaRoom(media.openRoom(id, s.roomId()).id()));
        for (UserId user : present) {
            connect(id, user);
        }
        return id;
    }

    /** A new connection of {@code user} in the call's media room, in use; returns its id. */
    String connect(SessionId call, UserId user) {
        String room = stored(call).mediaRoomId();
        String connectionId = media.connect(room, user, null, null).connectionId();
        media.use(room, connectionId);
        return connectionId;
    }

    /** Applies a change to a stored call through the domain and stores the result. */
    void change(SessionId id, Consumer<VideoCallSession> change) {
        VideoCallSession session = stored(id);
        change.accept(session);
        sessions.add(session);
    }

    VideoCallSession stored(SessionId id) {
        return sessions.stored(id).orElseThrow();
    }

    /**
     * A finished call: starts at {@code startedAt}, each attendee present for the whole call, ended after
     * {@code seconds}. Leaves the clock where it was.
     */
    SessionId endedCall(Instant startedAt, long seconds, UserId starter, UserId... attendees) {
        return endedCall(STUDY, startedAt, seconds, starter, attendees);
    }

    SessionId endedCall(StudyId study, Instant startedAt, long seconds, UserId starter, UserId... attendees) {
        VideoCallSession session = VideoCallSession.start(study, null, starter, startedAt, media.provider(),
                settings.maxParticipants(), false);
        for (UserId user : attendees) {
            session.admit(user, startedAt);
        }
        session.end(startedAt.plusSeconds(seconds));
        sessions.add(session);
        return session.id();
    }

    // --- errors ---

    static void assertFailsWith(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    // --- services, wired as the bootstrap does ---

    StartCallService startCall() {
        return new StartCallService(studies, sessions, sessions, views, settings, notifier, media, clock);
    }

    JoinCallService joinCall() {
        return new JoinCallService(access, sessions, views, clock);
    }

    ConnectToCallService connectToCall() {
        return new ConnectToCallService(access, sessions, views, media, clock);
    }

    QuickJoinService quickJoin() {
        return new QuickJoinService(access, sessions, startCall(), connectToCall());
    }

    LeaveCallService leaveCall() {
        return new LeaveCallService(access, sessions, notifier, clock);
    }

    RecordDisconnectService recordDisconnect() {
        return new RecordDisconnectService(access, sessions, notifier, clock);
    }

    SendCallMessageService sendCallMessage() {
        return new SendCallMessageService(access, sessions, callMessages, clock);
    }

    SwitchMediaService switchMedia() {
        return new SwitchMediaService(access, sessions, clock);
    }

    EndCallService endCall() {
        return new EndCallService(access, sessions, views, notifier, media, clock);
    }

    RecordMediaEventsService recordMediaEvents() {
        return new RecordMediaEventsService(sessions, sessions, sessions, media, notifier, clock);
    }

    ReconcileCallService reconcileCall() {
        return new ReconcileCallService(sessions, sessions, media, notifier, clock, SETTLE_TIME);
    }

    ReconcileMediaService reconcileMedia() {
        return new ReconcileMediaService(sessions, reconcileCall());
    }

    MuteParticipantService muteParticipant() {
        return new MuteParticipantService(access, sessions, notifier);
    }

    KickParticipantService kickParticipant() {
        return new KickParticipantService(access, sessions, notifier, media, clock);
    }

    RecordHeartbeatService recordHeartbeat() {
        return new RecordHeartbeatService(connections, liveness, clock);
    }

    ReapStaleParticipantsService reapStale() {
        return new ReapStaleParticipantsService(liveness, sessions, sessions, notifier, STALENESS, clock);
    }

    GetCallStatusService callStatus() {
        return new GetCallStatusService(new InMemoryStatusProbes(studies, sessions),
                new CurrentCallLoader(sessions, views), presence, currentCalls, clock);
    }

    GetCallHistoryService callHistory() {
        return new GetCallHistoryService(access, sessions, views, clock);
    }

    GetSessionDetailService sessionDetail() {
        return new GetSessionDetailService(access, views, clock);
    }

    ExportAttendanceService exportAttendance() {
        return new ExportAttendanceService(access, views, clock);
    }

    GetUserStatsService userStats() {
        return new GetUserStatsService(access, stats, sessions, clock);
    }

    GetStudyStatsService studyStats() {
        return new GetStudyStatsService(access, stats, sessions, sessions, users, clock);
    }

    CreateStudyService createStudy() {
        return new CreateStudyService(studies, studies, clock);
    }

    SyncUserService syncUser() {
        return new SyncUserService(users, users);
    }

    GetCurrentUserService currentUser() {
        return new GetCurrentUserService(users);
    }

    ListMyStudiesService myStudies() {
        return new ListMyStudiesService(studies, sessions);
    }

    ListMembersService listMembers() {
        return new ListMembersService(access, users);
    }

    UpdateMemberService updateMember() {
        return new UpdateMemberService(studies, studies, users, users, membershipEnd(), clock);
    }

    RemoveMemberService removeMember() {
        return new RemoveMemberService(studies, studies, membershipEnd());
    }

    private MembershipEnd membershipEnd() {
        return new MembershipEnd(sessions, sessions, media, notifier, clock);
    }
}
