package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.CallStatusProbePort;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Optional;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.GHOST;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class GetCallStatusServiceTest {

    private final Fixture world = new Fixture();
    private final GetCallStatusService service = world.callStatus();

    private Optional<CallStatusView> status(UserId caller) {
        return service.status(new StudyQuery(STUDY, caller));
    }

    @Test
    void without_a_call_in_progress_there_is_no_status() {
        world.endedCall(T0.minusSeconds(7200), 600, OWNER, OWNER);

        assertThat(status(MEMBER)).isEmpty();
    }

    @Test
    void a_call_in_another_study_is_not_this_studys_status() {
        world.call(OTHER_STUDY, ZOE, ZOE, MEMBER);

        assertThat(status(MEMBER)).isEmpty();
    }

    @Test
    void status_shows_the_call_with_its_starter_and_no_duration_while_it_runs() {
        SessionId call = world.call(OWNER, OWNER);
        world.advance(90);

        CallStatusView view = status(MEMBER).orElseThrow();

        assertThat(view.session().id()).isEqualTo(call.value());
        assertThat(view.session().startedAt()).isEqualTo(T0);
        assertThat(view.session().endedAt()).isNull();
        assertThat(view.session().duration()).isNull();
        assertThat(view.session().starter()).isEqualTo(new UserView("olivia", "Olivia", "https://img.example/olivia.png"));
    }

    @Test
    void status_lists_only_present_participants_and_takes_online_count_from_presence() {
        SessionId call = world.call(OWNER, OWNER, MEMBER, BOB, GHOST);
        world.advance(60);
        world.change(call, s -> s.leave(BOB, world.now(), LeaveReason.LEFT));
        world.presence.set(world.stored(call).roomId(), 2);

        CallStatusView view = status(MEMBER).orElseThrow();

        assertThat(view.onlineCount()).isEqualTo(2);
        assertThat(view.participants()).extracting(ParticipantView::userId, p -> p.user().name())
                .containsExactly(tuple("olivia", "Olivia"), tuple("mina", "Mina"), tuple("ghost", null));
        assertThat(view.participants()).extracting(ParticipantView::leftAt).containsOnlyNulls();
    }

    @Test
    void durations_of_a_present_participant_count_up_to_the_clocks_now() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(20);
        world.change(call, s -> s.switchMedia(MEMBER, MediaKind.AUDIO_MUTED, true, world.now()));
        world.advance(40);

        ParticipantView mina = participant(status(MEMBER).orElseThrow(), "mina");
        assertThat(mina.duration()).isEqualTo(60);
        assertThat(mina.audioMutedTime()).isEqualTo(40);
        assertThat(mina.isMuted()).isTrue();

        world.clock.advanceMillis(30_500);

        ParticipantView later = participant(status(MEMBER).orElseThrow(), "mina");
        assertThat(later.duration()).isEqualTo(90);
        assertThat(later.audioMutedTime()).isEqualTo(70);
        assertThat(later.videoOffTime()).isZero();
    }

    @Test
    void a_returning_participant_shows_only_the_time_present() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.advance(100);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(500);
        world.change(call, s -> s.admit(MEMBER, world.now()));
        world.advance(50);

        ParticipantView mina = participant(status(MEMBER).orElseThrow(), "mina");

        assertThat(mina.joinedAt()).isEqualTo(T0);
        assertThat(mina.duration()).isEqualTo(150);
    }

    @Test
    void a_call_is_loaded_again_only_when_its_revision_moved() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        status(MEMBER);
        world.advance(30);
        status(OWNER);
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(1);

        world.change(call, s -> s.admit(BOB, world.now()));

        assertThat(status(MEMBER).orElseThrow().participants()).extracting(ParticipantView::userId)
                .containsExactly("olivia", "mina", "bob");
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(2);
    }

    @Test
    void a_cached_call_still_counts_durations_up_to_now() {
        world.call(OWNER, OWNER, MEMBER);
        status(MEMBER);
        world.advance(45);

        assertThat(participant(status(MEMBER).orElseThrow(), "mina").duration()).isEqualTo(45);
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(1);
    }

    @Test
    void a_call_that_ended_since_it_was_cached_is_no_status() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        status(MEMBER);

        world.change(call, s -> s.end(world.now()));

        assertThat(status(MEMBER)).isEmpty();
    }

    @Test
    void profiles_of_a_cached_call_are_read_again_after_the_max_age() {
        world.call(OWNER, OWNER, MEMBER);
        status(MEMBER);
        world.users.add(Fixture.profile(MEMBER, "Mina Kim"));

        assertThat(participant(status(MEMBER).orElseThrow(), "mina").user().name()).isEqualTo("Mina");

        world.nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(participant(status(MEMBER).orElseThrow(), "mina").user().name()).isEqualTo("Mina Kim");
    }

    @Test
    void a_call_other_than_the_one_the_revision_names_is_shown_but_not_cached() {
        world.call(OWNER, OWNER);
        SessionRevision ofAnEarlierCall = new SessionRevision(SessionId.of("an-earlier-call"), 7);

        statusAsOf(ofAnEarlierCall);
        statusAsOf(ofAnEarlierCall);
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(2);
    }

    @Test
    void a_copy_cached_at_a_later_revision_answers_a_request_that_read_an_earlier_one() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        SessionRevision before = world.sessions.activeRevision(STUDY).orElseThrow();
        world.change(call, s -> s.admit(BOB, world.now()));
        status(OWNER);

        // This request read the revision before Bob's join, then the copy above was cached: it shows more, not less.
        assertThat(statusAsOf(before).participants()).extracting(ParticipantView::userId)
                .containsExactly("olivia", "mina", "bob");
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(1);
    }

    @Test
    void a_load_that_finishes_late_does_not_replace_a_copy_cached_at_a_later_revision() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        SessionRevision before = world.sessions.activeRevision(STUDY).orElseThrow();
        CurrentCallCache.Loaded late = new CurrentCallLoader(world.sessions, world.views).load(STUDY).orElseThrow();
        world.change(call, s -> s.admit(BOB, world.now()));
        status(OWNER);

        world.currentCalls.put(STUDY, before, late);

        assertThat(status(MEMBER).orElseThrow().participants()).extracting(ParticipantView::userId)
                .containsExactly("olivia", "mina", "bob");
        assertThat(world.sessions.inProgressLoadCount()).isEqualTo(2);
    }

    @Test
    void only_participants_present_are_loaded_for_the_status() {
        SessionId call = world.call(OWNER, OWNER, MEMBER, BOB);
        world.advance(60);
        world.change(call, s -> s.leave(BOB, world.now(), LeaveReason.LEFT));

        CurrentCallCache.Loaded loaded = new CurrentCallLoader(world.sessions, world.views).load(STUDY).orElseThrow();

        assertThat(loaded.inProgress().present()).extracting(p -> p.userId().value()).containsExactly("olivia", "mina");
        assertThat(loaded.profiles().byId().keySet()).extracting(UserId::value).containsOnly("olivia", "mina");
    }

    @Test
    void membership_is_checked_even_when_the_call_is_cached() {
        world.call(OWNER, OWNER);
        status(MEMBER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> status(Fixture.OUTSIDER));
    }

    @Test
    void a_max_age_above_one_second_is_refused() {
        assertThatThrownBy(() -> new CurrentCallCache(Duration.ofMillis(1001), world.nanos::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max age");
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_see_the_status(StudyId study, UserId caller) {
        world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.status(new StudyQuery(study, caller)));
    }

    private CallStatusView statusAsOf(SessionRevision revision) {
        CallStatusProbePort probe = (study, user) -> new CallStatusProbePort.StatusProbe(true, Optional.of(revision));
        return new GetCallStatusService(probe, new CurrentCallLoader(world.sessions, world.views), world.presence,
                world.currentCalls, world.clock).status(new StudyQuery(STUDY, MEMBER)).orElseThrow();
    }

    private static ParticipantView participant(CallStatusView view, String userId) {
        return view.participants().stream().filter(p -> p.userId().equals(userId)).findFirst().orElseThrow();
    }
}
