package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallHistoryQuery;
import io.coup.videocall.application.port.in.call.CallHistoryView;
import io.coup.videocall.application.port.in.call.CallHistoryView.Attendee;
import io.coup.videocall.application.port.in.call.CallHistoryView.Entry;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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

class GetCallHistoryServiceTest {

    private static final Duration DAY = Duration.ofDays(1);

    private final Fixture world = new Fixture();
    private final GetCallHistoryService service = world.callHistory();

    private SessionId first;
    private SessionId second;
    private SessionId third;
    private SessionId live;

    @BeforeEach
    void four_calls_three_ended_and_one_in_progress() {
        first = world.endedCall(T0.minus(DAY.multipliedBy(3)), 600, OWNER, OWNER, MEMBER);
        second = world.endedCall(T0.minus(DAY.multipliedBy(2)), 1200, MEMBER, OWNER, MEMBER, BOB);
        third = world.endedCall(T0.minus(DAY), 300, BOB, BOB);
        world.endedCall(OTHER_STUDY, T0.minusSeconds(60), 30, ZOE, ZOE);
        live = world.call(OWNER, OWNER, MEMBER);
    }

    private CallHistoryView history(int page, int limit) {
        return service.history(new CallHistoryQuery(STUDY, MEMBER, page, limit, null, null));
    }

    @Test
    void calls_come_newest_first_page_by_page() {
        CallHistoryView page1 = history(1, 3);
        CallHistoryView page2 = history(2, 3);

        assertThat(page1.sessions()).extracting(e -> e.session().id())
                .containsExactly(live.value(), third.value(), second.value());
        assertThat(page1.pagination()).isEqualTo(new CallHistoryView.Page(1, 3, 4, 2));
        assertThat(page2.sessions()).extracting(e -> e.session().id()).containsExactly(first.value());
        assertThat(page2.pagination()).isEqualTo(new CallHistoryView.Page(2, 3, 4, 2));
    }

    @Test
    void a_page_past_the_last_is_empty_and_still_tells_the_totals() {
        CallHistoryView page = history(5, 2);

        assertThat(page.sessions()).isEmpty();
        assertThat(page.pagination()).isEqualTo(new CallHistoryView.Page(5, 2, 4, 2));
    }

    @Test
    void a_page_far_beyond_the_last_is_empty_too() {
        CallHistoryView page = history(Integer.MAX_VALUE / 10, CallHistoryQuery.MAX_LIMIT);

        assertThat(page.sessions()).isEmpty();
        assertThat(page.pagination().total()).isEqualTo(4);
        assertThat(page.pagination().totalPages()).isEqualTo(1);
    }

    @Test
    void a_study_without_calls_has_no_pages() {
        Fixture empty = new Fixture();

        CallHistoryView page = empty.callHistory().history(new CallHistoryQuery(STUDY, MEMBER, 1, 20, null, null));

        assertThat(page.sessions()).isEmpty();
        assertThat(page.pagination()).isEqualTo(new CallHistoryView.Page(1, 20, 0, 0));
    }

    @Test
    void each_call_shows_its_attendees_with_their_seconds_and_profiles_and_how_many_there_were() {
        Entry entry = entryOf(history(1, 20), second);

        assertThat(entry.participantCount()).isEqualTo(3);
        assertThat(entry.participants()).extracting(Attendee::userId, Attendee::duration, Attendee::user)
                .containsExactlyInAnyOrder(
                        tuple("olivia", 1200L, new UserView("olivia", "Olivia", "https://img.example/olivia.png")),
                        tuple("mina", 1200L, new UserView("mina", "Mina", "https://img.example/mina.png")),
                        tuple("bob", 1200L, new UserView("bob", "Bob", "https://img.example/bob.png")));
        assertThat(entry.participants()).extracting(Attendee::id)
                .containsExactlyInAnyOrderElementsOf(world.stored(second).participants().stream().map(p -> p.id().value()).toList());
        assertThat(entry.session().startedBy()).isEqualTo("mina");
        assertThat(entry.session().starter().name()).isEqualTo("Mina");
        assertThat(entry.session().duration()).isEqualTo(1200);
        assertThat(entry.session().endedAt()).isEqualTo(T0.minus(DAY.multipliedBy(2)).plusSeconds(1200));
    }

    @Test
    void attendees_of_the_call_in_progress_are_counted_up_to_now_without_time_away() {
        world.advance(100);
        world.change(live, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(400);
        world.change(live, s -> s.admit(MEMBER, world.now()));
        world.change(live, s -> s.admit(GHOST, world.now()));
        world.clock.advanceMillis(60_999);

        Entry entry = entryOf(history(1, 20), live);

        assertThat(entry.session().duration()).isNull();
        assertThat(entry.participantCount()).isEqualTo(3);
        assertThat(entry.participants()).extracting(Attendee::userId, Attendee::duration)
                .containsExactlyInAnyOrder(tuple("olivia", 560L), tuple("mina", 160L), tuple("ghost", 60L));
        assertThat(entry.participants()).filteredOn(a -> a.userId().equals("ghost")).extracting(Attendee::user)
                .containsExactly(new UserView("ghost", null, null));
    }

    @Test
    void the_date_range_is_inclusive_at_the_start_and_exclusive_at_the_end() {
        Instant from = world.stored(second).startedAt();
        Instant until = world.stored(third).startedAt();

        CallHistoryView view = service.history(new CallHistoryQuery(STUDY, MEMBER, 1, 20, from, until));

        assertThat(view.sessions()).extracting(e -> e.session().id()).containsExactly(second.value());
        assertThat(view.pagination().total()).isEqualTo(1);
    }

    @Test
    void an_open_ended_range_takes_everything_from_its_start() {
        Instant from = world.stored(third).startedAt();

        CallHistoryView view = service.history(new CallHistoryQuery(STUDY, MEMBER, 1, 20, from, null));

        assertThat(view.sessions()).extracting(e -> e.session().id()).containsExactly(live.value(), third.value());
    }

    @Test
    void calls_of_other_studies_never_appear() {
        assertThat(history(1, 100).sessions()).extracting(e -> e.session().studyId()).containsOnly("algo");
    }

    @Test
    void a_page_below_one_is_an_invalid_request() {
        assertInvalid("page", () -> new CallHistoryQuery(STUDY, MEMBER, 0, 20, null, null));
    }

    @Test
    void a_limit_below_one_is_an_invalid_request() {
        assertInvalid("limit", () -> new CallHistoryQuery(STUDY, MEMBER, 1, 0, null, null));
    }

    @Test
    void a_limit_above_one_hundred_is_an_invalid_request() {
        assertInvalid("limit", () -> new CallHistoryQuery(STUDY, MEMBER, 1, 101, null, null));
        assertThat(new CallHistoryQuery(STUDY, MEMBER, 1, 100, null, null).limit()).isEqualTo(100);
    }

    @Test
    void an_end_before_the_start_is_an_invalid_request() {
        assertInvalid("endDate", () -> new CallHistoryQuery(STUDY, MEMBER, 1, 20, T0, T0.minusMillis(1)));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_see_the_history(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.history(new CallHistoryQuery(study, caller, 1, 20, null, null)));
    }

    private static Entry entryOf(CallHistoryView view, SessionId id) {
        return view.sessions().stream().filter(e -> e.session().id().equals(id.value())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void assertInvalid(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException error = (DomainException) e;
                    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat((Map<String, Object>) error.details().get("fields")).containsKey(field);
                });
    }
}
