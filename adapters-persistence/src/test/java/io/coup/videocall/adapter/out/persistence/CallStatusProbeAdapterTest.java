package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallStatusProbePort.StatusProbe;
import io.coup.videocall.application.port.out.SessionRevision;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaProvider;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.coup.videocall.adapter.out.persistence.Fixtures.at;
import static io.coup.videocall.adapter.out.persistence.Fixtures.newUserId;
import static org.assertj.core.api.Assertions.assertThat;

class CallStatusProbeAdapterTest extends PostgresAdapterTest {

    private static final Instant T0 = at("2026-03-02T10:00:00Z");

    @Autowired
    private CallStatusProbeAdapter probes;

    private StatusProbe probe(StudyId study, UserId user) {
        return inTransaction(() -> probes.probe(study, user));
    }

    private void member(StudyId study, UserId user, String status) {
        inTransaction(() -> users.saveUser(new User(user, "Member " + user, null)));
        jdbc.update("INSERT INTO study_members (study_id, user_id, role, status, joined_at) VALUES (?, ?, 'MEMBER', ?, now())",
                study.value(), user.value(), status);
    }

    private void change(VideoCallSession call, Consumer<VideoCallSession> change) {
        inTransaction(() -> {
            VideoCallSession locked = sessions.loadSessionForUpdate(call.id()).orElseThrow();
            change.accept(locked);
            sessions.saveSession(locked);
        });
    }

    @Test
    void only_an_active_member_is_one() {
        UserId owner = newUserId("owner");
        UserId pending = newUserId("pending");
        UserId banned = newUserId("banned");
        UserId stranger = newUserId("stranger");
        StudyId study = givenStudy(owner);
        StudyId other = givenStudy(stranger);
        member(study, pending, "PENDING");
        member(study, banned, "BANNED");

        assertThat(probe(study, owner).activeMember()).isTrue();
        assertThat(probe(study, pending).activeMember()).isFalse();
        assertThat(probe(study, banned).activeMember()).isFalse();
        assertThat(probe(study, stranger).activeMember()).isFalse();
        assertThat(probe(other, owner).activeMember()).isFalse();
        assertThat(probe(Fixtures.newStudyId(), owner)).isEqualTo(new StatusProbe(false, Optional.empty()));
    }

    @Test
    void the_active_calls_revision_moves_on_with_every_save_and_is_gone_once_the_call_ends() {
        UserId host = newUserId("host");
        UserId guest = newUserId("guest");
        StudyId study = givenStudy(host);
        assertThat(probe(study, host).activeCall()).isEmpty();
        VideoCallSession call = VideoCallSession.start(study, null, host, T0, MediaProvider.MESH, 10, false);
        call.admit(host, T0);
        inTransaction(() -> sessions.saveSession(call));
        SessionRevision started = probe(study, host).activeCall().orElseThrow();
        assertThat(started.sessionId()).isEqualTo(call.id());

        change(call, c -> c.switchMedia(host, MediaKind.AUDIO_MUTED, true, T0.plusSeconds(60)));
        SessionRevision muted = probe(study, host).activeCall().orElseThrow();
        change(call, c -> c.admit(guest, T0.plusSeconds(120)));
        SessionRevision joined = probe(study, guest).activeCall().orElseThrow();

        assertThat(List.of(started.revision(), muted.revision(), joined.revision())).doesNotHaveDuplicates().isSorted();
        assertThat(probe(study, guest).activeMember()).isFalse();

        change(call, c -> c.end(T0.plusSeconds(180)));
        assertThat(probe(study, host)).isEqualTo(new StatusProbe(true, Optional.empty()));
    }
}
