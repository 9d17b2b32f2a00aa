package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.testing.RecordingNotifier;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
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
import static io.coup.videocall.application.service.Fixture.T0;
import static io.coup.videocall.application.service.Fixture.ZOE;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class StartCallServiceTest {

    private final Fixture world = new Fixture();
    private final StartCallService service = world.startCall();

    private StartCallResult start(UserId user, String name) {
        return service.start(new StartCallCommand(STUDY, user, name));
    }

    @Test
    void a_member_starts_a_call_that_becomes_the_studys_active_call() {
        StartCallResult result = start(MEMBER, "Weekly sync");

        assertThat(result.created()).isTrue();
        SessionView session = result.session();
        assertThat(session.studyId()).isEqualTo("algo");
        assertThat(session.name()).isEqualTo("Weekly sync");
        assertThat(session.startedBy()).isEqualTo("mina");
        assertThat(session.startedAt()).isEqualTo(T0);
        assertThat(session.endedAt()).isNull();
        assertThat(session.duration()).isNull();
        assertThat(session.mediaProvider()).isEqualTo(MediaProvider.MESH);
        assertThat(session.roomId()).isEqualTo("study-algo-" + session.id());
        assertThat(session.starter()).isEqualTo(new UserView("mina", "Mina", "https://img.example/mina.png"));
        assertThat(world.sessions.loadActiveSnapshot(STUDY)).get()
                .extracting(s -> s.id().value()).isEqualTo(session.id());
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.startedNotice(STUDY, session));
    }

    @Test
    void the_new_call_takes_its_media_provider_and_maximum_from_the_settings_and_has_nobody_in_it() {
        SessionView session = start(MEMBER, null).session();

        VideoCallSession stored = world.stored(SessionId.of(session.id()));
        assertThat(stored.maxParticipants()).isEqualTo(Fixture.MAX_PARTICIPANTS);
        assertThat(stored.mediaProvider()).isEqualTo(MediaProvider.MESH);
        assertThat(stored.isAutoCreated()).isFalse();
        assertThat(stored.participants()).isEmpty();
        assertThat(stored.name()).isNull();
    }

    @Test
    void starting_while_a_call_is_in_progress_returns_that_call_with_created_false() {
        StartCallResult first = start(MEMBER, "First");
        world.advance(60);

        StartCallResult second = start(BOB, "Second");

        assertThat(second.created()).isFalse();
        assertThat(second.session()).isEqualTo(first.session());
        assertThat(world.sessions.ofStudy(STUDY)).hasSize(1);
        assertThat(world.sessions.saveCount()).isEqualTo(1);
        assertThat(world.notifier.notices()).containsExactly(RecordingNotifier.startedNotice(STUDY, first.session()));
    }

    @Test
    void finding_the_call_in_progress_takes_no_lock_on_the_study() {
        start(MEMBER, "First");
        int locksToCreate = world.studies.lockCount();

        start(BOB, "Second");

        assertThat(locksToCreate).isEqualTo(1);
        assertThat(world.studies.lockCount()).as("every quick-join into a running call starts this way").isEqualTo(1);
    }

    @Test
    void after_the_previous_call_ended_a_new_call_with_its_own_room_is_created() {
        SessionId previous = world.endedCall(T0.minusSeconds(3600), 600, OWNER, OWNER);

        StartCallResult result = start(MEMBER, null);

        assertThat(result.created()).isTrue();
        assertThat(result.session().id()).isNotEqualTo(previous.value());
        assertThat(result.session().roomId()).isNotEqualTo(world.stored(previous).roomId().value());
        assertThat(world.sessions.ofStudy(STUDY)).hasSize(2);
    }

    @Test
    void a_call_in_progress_in_another_study_does_not_count() {
        world.call(OTHER_STUDY, ZOE, ZOE);

        StartCallResult result = start(MEMBER, null);

        assertThat(result.created()).isTrue();
        assertThat(result.session().studyId()).isEqualTo("algo");
    }

    @Test
    void a_title_longer_than_100_characters_is_an_invalid_request_and_starts_nothing() {
        assertFailsWith(ErrorCode.INVALID_REQUEST, () -> start(MEMBER, "x".repeat(101)));

        assertThat(world.sessions.all()).isEmpty();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_of_an_existing_study_may_start_a_call(StudyId study, UserId caller) {
        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.start(new StartCallCommand(study, caller, null)));

        assertThat(world.sessions.all()).isEmpty();
        assertThat(world.notifier.notices()).isEmpty();
    }

    @Test
    void a_new_call_opens_its_media_room_and_records_it_a_call_in_progress_opens_nothing() {
        SessionView session = start(MEMBER, null).session();
        start(BOB, null);

        VideoCallSession stored = world.stored(SessionId.of(session.id()));
        assertThat(stored.mediaRoomId()).isEqualTo(session.id());
        assertThat(world.media.requests()).containsExactly("open " + session.id());
    }

    @Test
    void when_the_media_server_is_down_no_call_is_stored_or_announced() {
        world.media.down();

        assertFailsWith(ErrorCode.MEDIA_SERVER_UNAVAILABLE, () -> start(MEMBER, null));

        assertThat(world.sessions.ofStudy(STUDY)).isEmpty();
        assertThat(world.notifier.notices()).isEmpty();
    }
}
