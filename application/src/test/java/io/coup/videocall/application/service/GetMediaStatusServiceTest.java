package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.MediaStatusQuery;
import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static io.coup.videocall.application.service.Fixture.BOB;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.OUTSIDER;
import static io.coup.videocall.application.service.Fixture.OWNER;
import static io.coup.videocall.application.service.Fixture.STUDY;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GetMediaStatusServiceTest {

    private final Fixture world = new Fixture();
    private final AtomicLong nanos = new AtomicLong();
    private final SessionStatusCache cache = new SessionStatusCache(Duration.ofSeconds(1), nanos::get);
    private final EvictingSessionStore store = new EvictingSessionStore(world.sessions, cache);
    private final ConnectToCallService connect = new ConnectToCallService(world.access, store, world.views, world.media,
            world.clock);
    private final GetMediaStatusService service = new GetMediaStatusService(world.access, world.sessions, world.views,
            world.media, cache);

    private MediaStatusView status(SessionId call, UserId caller) {
        return service.status(new MediaStatusQuery(call, caller));
    }

    private CallConnectionView join(SessionId call, UserId user) {
        return connect.connect(new ConnectToCallCommand(call, user, null, ConnectToCallCommand.Purpose.JOIN, null));
    }

    private long mediaReads() {
        return world.media.requests().stream().filter(r -> r.startsWith("list")).count();
    }

    @Test
    void the_present_participants_with_their_connection_and_whether_it_is_up() {
        SessionId call = world.call(OWNER, OWNER);
        world.change(call, s -> s.switchMedia(OWNER, MediaKind.AUDIO_MUTED, true, world.now()));
        CallConnectionView minas = join(call, MEMBER);

        MediaStatusView view = status(call, BOB);

        assertThat(view.sessionId()).isEqualTo(call.value());
        assertThat(view.studyId()).isEqualTo(STUDY.value());
        assertThat(view.active()).isTrue();
        assertThat(view.mediaProvider()).isEqualTo(MediaProvider.MESH);
        assertThat(view.createdAt()).isEqualTo(world.stored(call).startedAt());
        assertThat(view.participants()).extracting(MediaStatusView.Participant::userId, MediaStatusView.Participant::name,
                        MediaStatusView.Participant::connectionId, MediaStatusView.Participant::connected,
                        MediaStatusView.Participant::muted)
                .containsExactly(tuple("olivia", "Olivia", null, false, true),
                        tuple("mina", "Mina", minas.connectionId(), false, false));
    }

    @Test
    void an_answer_is_reused_within_the_ttl_and_read_again_after_it() {
        SessionId call = world.call(OWNER, OWNER);
        join(call, MEMBER);

        status(call, OWNER);
        status(call, MEMBER);
        assertThat(mediaReads()).isEqualTo(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        status(call, OWNER);
        assertThat(mediaReads()).isEqualTo(2);
    }

    @Test
    void any_change_to_the_call_is_seen_at_once() {
        SessionId call = world.call(OWNER, OWNER);
        assertThat(status(call, OWNER).participants()).hasSize(1);

        join(call, BOB);

        assertThat(status(call, OWNER).participants()).extracting(MediaStatusView.Participant::userId)
                .containsExactly("olivia", "bob");
    }

    @Test
    void membership_is_checked_even_when_the_answer_is_cached() {
        SessionId call = world.call(OWNER, OWNER);
        status(call, OWNER);

        assertFailsWith(ErrorCode.NOT_STUDY_MEMBER, () -> status(call, OUTSIDER));
        assertFailsWith(ErrorCode.SESSION_NOT_FOUND, () -> status(SessionId.of("no-such-call"), OWNER));
    }

    @Test
    void an_ended_call_is_inactive_with_nobody_and_asks_the_media_server_nothing() {
        SessionId call = world.call(OWNER, OWNER);
        join(call, MEMBER);
        world.change(call, s -> s.end(world.now()));

        MediaStatusView view = status(call, OWNER);

        assertThat(view.active()).isFalse();
        assertThat(view.participants()).isEmpty();
        assertThat(mediaReads()).isZero();
    }

    @Test
    void a_ttl_above_one_second_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SessionStatusCache(Duration.ofMillis(1001), nanos::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
