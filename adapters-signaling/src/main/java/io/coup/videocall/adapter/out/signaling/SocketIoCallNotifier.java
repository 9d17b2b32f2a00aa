package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.in.call.SessionView;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server pushes of SPEC §5.2. {@code video:started} / {@code video:ended} go to the study's presence room
 * {@code study:<studyId>} (sockets join it with {@code presence:join-study}); {@code video:force-mute} and
 * {@code video:kicked} go to the target's room {@code user:<userId>}, i.e. to every socket of theirs.
 * <p>
 * Pushes leave only after the use case's transaction has committed (a rolled-back start announces nothing); outside
 * a transaction they leave at once. A push that fails is logged and never fails the use case: the call is already
 * stored.
 */
public class SocketIoCallNotifier implements CallNotifierPort {

    public static final String STARTED = "video:started";
    public static final String ENDED = "video:ended";
    public static final String FORCE_MUTE = "video:force-mute";
    public static final String KICKED = "video:kicked";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final SocketRooms rooms;

    public SocketIoCallNotifier(SocketRooms rooms) {
        this.rooms = rooms;
    }

    /** The study's presence room: who looks at the study (SPEC §5.2 {@code presence:join-study}). */
    public static String studyRoom(StudyId studyId) {
        return "study:" + studyId.value();
    }

    /** Every socket of one user joins this room on connect. */
    public static String userRoom(UserId userId) {
        return "user:" + userId.value();
    }

    @Override
    public void callStarted(StudyId studyId, SessionView session) {
        AfterCommit.push(() -> rooms.send(studyRoom(studyId), STARTED, Map.of("session", sessionBody(session))));
    }

    @Override
    public void callEnded(StudyId studyId, SessionId sessionId) {
        AfterCommit.push(() -> rooms.send(studyRoom(studyId), ENDED, Map.of("sessionId", sessionId.value())));
    }

    @Override
    public void forceMute(UserId target, SessionId sessionId, UserId by) {
        AfterCommit.push(() -> rooms.send(userRoom(target), FORCE_MUTE, Map.of("by", by.value())));
    }

    @Override
    public void kicked(UserId target, SessionId sessionId, UserId by) {
        AfterCommit.push(() -> {
            Map<String, Object> kicked = new LinkedHashMap<>();
            kicked.put("sessionId", sessionId.value());
            kicked.put("by", by.value());
            rooms.send(userRoom(target), KICKED, kicked);
            rooms.removeFromCall(target, sessionId);
        });
    }

    @Override
    public void membershipEnded(StudyId studyId, UserId user) {
        AfterCommit.push(() -> rooms.endMembership(user, studyId));
    }

    /** {@code Session} of SPEC §4.2, as REST shows it: instants in UTC with milliseconds, nulls kept. */
    static Map<String, Object> sessionBody(SessionView s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", s.id());
        body.put("studyId", s.studyId());
        body.put("roomId", s.roomId());
        body.put("name", s.name());
        body.put("startedBy", s.startedBy());
        body.put("startedAt", instant(s.startedAt()));
        body.put("endedAt", instant(s.endedAt()));
        body.put("duration", s.duration());
        body.put("mediaProvider", s.mediaProvider() == null ? null : s.mediaProvider().name());
        UserView starter = s.starter();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", starter.id());
        user.put("name", starter.name());
        user.put("avatar", starter.avatar());
        body.put("starter", user);
        return body;
    }

    private static String instant(Instant at) {
        return at == null ? null : INSTANT.format(at);
    }
}
