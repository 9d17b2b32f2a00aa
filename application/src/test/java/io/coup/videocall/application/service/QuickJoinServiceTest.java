package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.QuickJoinCommand;
import io.coup.videocall.application.port.in.media.QuickJoinView;
import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OTHER_STUDY;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class QuickJoinServiceTest {

    private final Fixture world = new Fixture();
    private final QuickJoinService service = world.quickJoin();

    private QuickJoinView quickJoin(UserId user, boolean autoCreate) {
        return service.quickJoin(new QuickJoinCommand(STUDY, user, "Evening", autoCreate, null, null));
    }

    @Test
    void the_first_quick_join_starts_the_call_opens_its_room_and_joins() {
        QuickJoinView view = quickJoin(MEMBER, true);

        assertThat(view.newSession()).isTrue();
        SessionId call = SessionId.of(view.connection().session().id());
        assertThat(view.connection().session().name()).isEqualTo("Evening");
        assertThat(world.stored(call).participant(MEMBER).orElseThrow().isPresent()).isTrue();
        assertThat(world.media.requests()).containsExactly("open " + call.value(),
                "connect " + call.value() + " mina Mina");
        assertThat(world.notifier.notices()).extracting(RecordingNotifier.Notice::kind, RecordingNotifier.Notice::sessionId)
                .containsExactly(tuple(RecordingNotifier.Kind.STARTED, call));
    }

    @Test
    void a_second_member_joins_the_same_call_which_is_not_new() {
        QuickJoinView first = quickJoin(MEMBER, true);

        QuickJoinView second = quickJoin(BOB, true);

        assertThat(second.newSession()).isFalse();
        assertThat(second.connection().session().id()).isEqualTo(first.connection().session().id());
        assertThat(second.connection().connectionId()).isNotEqualTo(first.connection().connectionId());
        assertThat(world.sessions.ofStudy(STUDY)).hasSize(1);
        assertThat(world.stored(SessionId.of(first.connection().session().id())).presentCount()).isEqualTo(2);
    }

    @Test
    void without_auto_create_it_joins_the_call_in_progress_or_answers_not_found() {
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> quickJoin(MEMBER, false));
        assertThat(world.sessions.ofStudy(STUDY)).isEmpty();

        SessionId call = world.call(OWNER, OWNER);
        QuickJoinView joined = quickJoin(MEMBER, false);

        assertThat(joined.newSession()).isFalse();
        assertThat(joined.connection().session().id()).isEqualTo(call.value());
    }

    @Test
    void a_named_session_is_joined_if_it_belongs_to_the_study() {
        SessionId call = world.call(OWNER, OWNER);
        SessionId otherStudys = world.call(OTHER_STUDY, ZOE, ZOE);

        QuickJoinView joined = service.quickJoin(new QuickJoinCommand(STUDY, BOB, null, true, call, null));

        assertThat(joined.connection().session().id()).isEqualTo(call.value());
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND,
                () -> service.quickJoin(new QuickJoinCommand(STUDY, MEMBER, null, true, otherStudys, null)));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void outsiders_are_not_members_and_start_nothing(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER,
                () -> service.quickJoin(new QuickJoinCommand(study, caller, null, true, null, null)));

        assertThat(world.sessions.all()).isEmpty();
        assertThat(world.media.requests()).isEmpty();
    }

    @Test
    void when_the_media_server_is_down_no_call_and_no_participant_are_stored() {
        world.media.down();

        assertThatThrownBy(() -> quickJoin(MEMBER, true)).isInstanceOf(MediaServerUnavailableException.class);

        assertThat(world.sessions.all()).isEmpty();
        assertThat(world.notifier.notices()).isEmpty();
    }
}
