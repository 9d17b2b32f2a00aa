package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.SessionDetailView;
import io.coup.videocall.application.port.in.call.SessionDetailView.ParticipantDetail;
import io.coup.videocall.application.port.in.call.SessionDetailView.Segment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

class GetSessionDetailServiceTest {

    private final Fixture world = new Fixture();
    private final GetSessionDetailService service = world.sessionDetail();

    private SessionDetailView detail(SessionId session, UserId caller) {
        return service.detail(new SessionCommand(STUDY, session, caller));
    }

    @Test
    void detail_shows_every_participants_segments_and_message_count() {
        SessionId call = world.call(OWNER, OWNER, MEMBER);
        world.change(call, s -> {
            s.countMessage(MEMBER);
            s.countMessage(MEMBER);
            s.countMessage(OWNER);
        });
        world.advance(100);
        world.change(call, s -> s.leave(MEMBER, world.now(), LeaveReason.LEFT));
        world.advance(50);
        world.change(call, s -> s.admit(MEMBER, world.now()));
        world.change(call, s -> s.countMessage(MEMBER));
        world.advance(30);

        SessionDetailView view = detail(call, BOB);

        assertThat(view.session().id()).isEqualTo(call.value());
        assertThat(view.session().duration()).isNull();
        ParticipantDetail mina = of(view, "mina");
        assertThat(mina.messageCount()).isEqualTo(3);
        assertThat(mina.segments()).containsExactly(
                new Segment(T0, T0.plusSeconds(100), LeaveReason.LEFT),
                new Segment(T0.plusSeconds(150), null, null));
        assertThat(mina.participant().duration()).isEqualTo(130);
        assertThat(mina.participant().leftAt()).isNull();
        assertThat(mina.participant().user().name()).isEqualTo("Mina");
        ParticipantDetail olivia = of(view, "olivia");
        assertThat(olivia.messageCount()).isEqualTo(1);
        assertThat(olivia.segments()).containsExactly(new Segment(T0, null, null));
        assertThat(olivia.participant().duration()).isEqualTo(180);
    }

    @Test
    void detail_of_an_ended_call_shows_its_duration_media_times_and_closed_segments() {
        SessionId call = world.call(MEMBER, MEMBER, GHOST);
        world.change(call, s -> s.switchMedia(GHOST, MediaKind.AUDIO_MUTED, true, world.now()));
        world.advance(200);
        world.change(call, s -> s.end(world.now()));
        world.advance(1000);

        SessionDetailView view = detail(call, MEMBER);

        assertThat(view.session().duration()).isEqualTo(200);
        assertThat(view.session().endedAt()).isEqualTo(T0.plusSeconds(200));
        ParticipantDetail ghost = of(view, "ghost");
        assertThat(ghost.participant().user().name()).isNull();
        assertThat(ghost.participant().duration()).isEqualTo(200);
        assertThat(ghost.participant().audioMutedTime()).isEqualTo(200);
        assertThat(ghost.participant().isMuted()).isFalse();
        assertThat(ghost.segments()).containsExactly(new Segment(T0, T0.plusSeconds(200), LeaveReason.SESSION_ENDED));
        assertThat(ghost.messageCount()).isZero();
    }

    @Test
    void a_session_of_another_study_is_not_found() {
        SessionId foreign = world.call(OTHER_STUDY, ZOE, ZOE);

        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> detail(foreign, MEMBER));
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> detail(SessionId.of("nope"), MEMBER));
    }

    @ParameterizedTest
    @MethodSource("io.coup.videocall.application.service.Fixture#notMembers")
    void only_active_members_see_the_detail(StudyId study, UserId caller) {
        SessionId call = world.call(OWNER, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> service.detail(new SessionCommand(study, call, caller)));
    }

    private static ParticipantDetail of(SessionDetailView view, String userId) {
        return view.participants().stream().filter(p -> p.participant().userId().equals(userId)).findFirst().orElseThrow();
    }
}
