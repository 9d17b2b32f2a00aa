package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import io.coup.videocall.application.port.in.media.ReconcileMediaUseCase;
import io.coup.videocall.application.port.in.media.ReconciliationView;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import io.coup.videocall.bootstrap.e2e.Steps.Person;
import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.LeaveReason;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.time.Instant;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The OpenVidu webhook and reconciliation over the whole service with {@code coup.media.provider=openvidu}, against
 * the OpenVidu emulation and PostgreSQL. OpenVidu's part is played by the test: it opens the call's room and the
 * participants' connections through the service's own {@link MediaProviderPort} (what joining through the media
 * server does), a browser "uses" a token on the emulator, and a connection leaves by being removed there; then the
 * test posts the webhook body OpenVidu 2 documents for it.
 */
@TestPropertySource(properties = {
        "coup.media.provider=openvidu",
        "coup.openvidu.secret=" + OpenViduWebhookEndToEndTest.OPENVIDU_SECRET,
        "coup.openvidu.webhook.header-name=" + OpenViduWebhookEndToEndTest.HEADER,
        "coup.openvidu.webhook.secret=" + OpenViduWebhookEndToEndTest.WEBHOOK_SECRET,
        // The start-up round only; the test runs further rounds itself.
        "coup.openvidu.reconcile-interval=1h",
        "coup.openvidu.reconcile-settle-time=30s"})
class OpenViduWebhookEndToEndTest extends EndToEndTest {

    static final String OPENVIDU_SECRET = "openvidu-e2e-secret";
    static final String HEADER = "X-OpenVidu-Webhook-Token";
    static final String WEBHOOK_SECRET = "webhook-e2e-secret-0123456789";
    private static final String WEBHOOK = "/api/openvidu/webhook";

    private static final OpenViduEmulator OPENVIDU = OpenViduEmulator.start(OPENVIDU_SECRET);
    /** This context's own Socket.IO port: the default context of the other end-to-end classes keeps its own. */
    private static final int OWN_SIGNALING_PORT = freePort();

    @DynamicPropertySource
    static void openVidu(DynamicPropertyRegistry registry) {
        registry.add("coup.openvidu.url", OPENVIDU::url);
        registry.add("coup.signaling.port", () -> OWN_SIGNALING_PORT);
    }

    @Autowired
    MediaProviderPort media;
    @Autowired
    LoadSessionPort sessions;
    @Autowired
    SaveSessionPort store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReconcileMediaUseCase reconciliation;

    private final Steps steps = new Steps(this);

    /** A call of a new study with its room on the media server; the owner and {@code member} joined. */
    private record Scenario(String study, String sessionId, String room, Person owner, Person member) {
    }

    private Scenario callOnOpenVidu() {
        Person owner = Steps.person("owner");
        steps.signIn(owner);
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String sessionId = steps.startId(study, owner);
        steps.join(study, sessionId, owner);
        steps.join(study, sessionId, member);
        String room = transactions.execute(tx -> {
            VideoCallSession call = sessions.loadSessionForUpdate(SessionId.of(sessionId)).orElseThrow();
            call.assignMediaRoom(media.openRoom(call.id(), call.roomId()).id());
            store.saveSession(call);
            return call.mediaRoomId();
        });
        return new Scenario(study, sessionId, room, owner, member);
    }

    /** A connection of {@code who} in the room, in use by their browser; returns its id. */
    private String connected(String room, Person who) {
        String connectionId = media.connect(room, UserId.of(who.id()), who.name(), null).connectionId();
        OPENVIDU.activate(room, connectionId);
        return connectionId;
    }

    /** The body OpenVidu 2 posts when a connection left (its data is the user JSON we issued it with). */
    private static String participantLeft(String room, String connectionId, Person who, Instant at, String reason) {
        ObjectNode serverData = JSON.createObjectNode().put("userId", who.id()).put("name", who.name()).putNull("avatar");
        return JSON.createObjectNode()
                .put("event", "participantLeft")
                .put("sessionId", room)
                .put("uniqueSessionId", room + "_" + at.toEpochMilli())
                .put("timestamp", at.toEpochMilli())
                .put("participantId", connectionId)
                .put("location", "unknown")
                .put("ip", "203.0.113.7")
                .put("platform", "Chrome 131.0 on Linux 64-bit")
                .put("clientData", "")
                .put("serverData", serverData.toString())
                .put("startTime", at.minusSeconds(60).toEpochMilli())
                .put("duration", 60)
                .put("reason", reason)
                .toString();
    }

    private static String sessionDestroyed(String room, Instant at, String reason) {
        return JSON.createObjectNode()
                .put("event", "sessionDestroyed")
                .put("sessionId", room)
                .put("uniqueSessionId", room + "_1")
                .put("timestamp", at.toEpochMilli())
                .put("startTime", at.minusSeconds(600).toEpochMilli())
                .put("duration", 600)
                .put("reason", reason)
                .toString();
    }

    private Response deliver(String body) {
        return deliver(body, WEBHOOK_SECRET);
    }

    private Response deliver(String body, String secret) {
        HttpRequest.Builder request = request(WEBHOOK, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(HEADER, secret);
        }
        return send(request);
    }

    private Participant stored(Scenario call, Person who) {
        return transactions.execute(tx -> sessions.loadSession(SessionId.of(call.sessionId())).orElseThrow()
                .participant(UserId.of(who.id())).orElseThrow());
    }

    private VideoCallSession stored(Scenario call) {
        return transactions.execute(tx -> sessions.loadSession(SessionId.of(call.sessionId())).orElseThrow());
    }

    private JsonNode inDetail(Scenario call, Person who) {
        return find(steps.detail(call.study(), call.sessionId(), call.owner()).get("participants"), "userId", who.id());
    }

    @Test
    void without_the_shared_header_or_with_a_wrong_one_the_webhook_answers_401_and_changes_nothing() {
        Scenario call = callOnOpenVidu();
        String mina = connected(call.room(), call.member());
        media.disconnect(call.room(), mina);
        String body = participantLeft(call.room(), mina, call.member(), CLOCK.instant(), "disconnect");

        assertError(deliver(body, null), 401, "AUTH_REQUIRED");
        assertError(deliver(body, WEBHOOK_SECRET + "x"), 401, "AUTH_REQUIRED");
        assertError(deliver(body, ""), 401, "AUTH_REQUIRED");
        // A platform token is no substitute for the webhook's secret.
        assertError(send(request(WEBHOOK, call.owner().token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 401, "AUTH_REQUIRED");
        // Authentication comes first: a malformed body without the secret is 401 too, not 400.
        assertError(deliver("{not json", null), 401, "AUTH_REQUIRED");

        assertThat(stored(call, call.member()).isPresent()).isTrue();
    }

    @Test
    void malformed_events_are_400_and_events_we_do_not_handle_are_acknowledged_and_ignored() {
        Scenario call = callOnOpenVidu();

        assertError(deliver("{not json"), 400, "INVALID_REQUEST");
        assertInvalid(deliver("{\"sessionId\":\"" + call.room() + "\"}"), "event");
        assertInvalid(deliver("{\"event\":\"participantLeft\",\"sessionId\":\"" + call.room() + "\"}"),
                "timestamp", "participantId", "reason");
        assertInvalid(deliver("{\"event\":\"sessionDestroyed\",\"timestamp\":1}"), "sessionId");

        Response other = deliver("{\"event\":\"webrtcConnectionCreated\",\"sessionId\":\"" + call.room()
                + "\",\"timestamp\":" + CLOCK.millis() + "}");
        assertThat(other.status()).as("%s", other).isEqualTo(200);
        Response unknownRoom = deliver(sessionDestroyed("ses_not_ours", CLOCK.instant(), "lastParticipantLeft"));
        assertThat(unknownRoom.status()).as("%s", unknownRoom).isEqualTo(200);
        assertThat(stored(call).isEnded()).isFalse();
    }

    @Test
    void participant_left_closes_the_visit_with_its_reason_and_a_second_delivery_counts_once() {
        Scenario call = callOnOpenVidu();
        Instant joined = stored(call, call.member()).joinedAt();
        connected(call.room(), call.owner());
        String mina = connected(call.room(), call.member());
        Instant leftAt = CLOCK.advanceSeconds(90);
        media.disconnect(call.room(), mina);
        CLOCK.advanceSeconds(5);
        String body = participantLeft(call.room(), mina, call.member(), leftAt, "networkDisconnect");

        assertThat(deliver(body).status()).isEqualTo(200);
        CLOCK.advanceSeconds(60);
        assertThat(deliver(body).status()).isEqualTo(200);

        assertThat(stored(call, call.member()).segments())
                .containsExactly(new AttendanceSegment(joined, leftAt, LeaveReason.DISCONNECTED));
        JsonNode detail = inDetail(call, call.member());
        assertThat(detail.get("duration").longValue()).isEqualTo(90);
        Api.assertInstant(detail.get("leftAt"), leftAt);
        assertThat(stored(call).isEnded()).isFalse();
    }

    @Test
    void a_late_or_repeated_leave_after_a_rejoin_does_not_cut_the_new_visit_or_count_time_twice() {
        Scenario call = callOnOpenVidu();
        Instant joined = stored(call, call.member()).joinedAt();
        connected(call.room(), call.owner());
        String first = connected(call.room(), call.member());
        Instant dropped = CLOCK.advanceSeconds(60);
        media.disconnect(call.room(), first);
        String firstLeft = participantLeft(call.room(), first, call.member(), dropped, "networkDisconnect");
        assertThat(deliver(firstLeft).status()).isEqualTo(200);
        Instant back = CLOCK.advanceSeconds(30);
        steps.join(call.study(), call.sessionId(), call.member());
        String second = connected(call.room(), call.member());
        CLOCK.advanceSeconds(15);
        // The first drop delivered again while the second visit goes on: it belongs to the visit that is over.
        assertThat(deliver(firstLeft).status()).isEqualTo(200);
        assertThat(stored(call, call.member()).isPresent()).isTrue();
        Instant leftAgain = CLOCK.advanceSeconds(30);
        media.disconnect(call.room(), second);
        String secondLeft = participantLeft(call.room(), second, call.member(), leftAgain, "disconnect");

        // Now delivered out of order, each twice.
        assertThat(deliver(secondLeft).status()).isEqualTo(200);
        assertThat(deliver(firstLeft).status()).isEqualTo(200);
        assertThat(deliver(secondLeft).status()).isEqualTo(200);

        assertThat(stored(call, call.member()).segments())
                .extracting(AttendanceSegment::joinedAt, AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(
                        tuple(joined, dropped, LeaveReason.DISCONNECTED),
                        tuple(back, leftAgain, LeaveReason.LEFT));
        assertThat(inDetail(call, call.member()).get("duration").longValue()).isEqualTo(60 + 45);
    }

    @Test
    void a_leave_while_the_person_is_still_connected_from_another_device_is_ignored() {
        Scenario call = callOnOpenVidu();
        String laptop = connected(call.room(), call.member());
        connected(call.room(), call.member());
        Instant at = CLOCK.advanceSeconds(20);
        media.disconnect(call.room(), laptop);

        assertThat(deliver(participantLeft(call.room(), laptop, call.member(), at, "disconnect")).status())
                .isEqualTo(200);

        assertThat(stored(call, call.member()).isPresent()).isTrue();
    }

    @Test
    void session_destroyed_ends_the_call_at_its_instant_and_a_second_delivery_is_harmless() {
        Scenario call = callOnOpenVidu();
        connected(call.room(), call.owner());
        connected(call.room(), call.member());
        Instant closedAt = CLOCK.advanceSeconds(300);
        media.closeRoom(call.room());
        CLOCK.advanceSeconds(2);

        assertThat(deliver(sessionDestroyed(call.room(), closedAt, "openviduServerStopped")).status()).isEqualTo(200);
        CLOCK.advanceSeconds(30);
        assertThat(deliver(sessionDestroyed(call.room(), closedAt.plusSeconds(30), "openviduServerStopped")).status())
                .isEqualTo(200);

        VideoCallSession ended = stored(call);
        assertThat(ended.endedAt()).isEqualTo(closedAt);
        assertThat(ended.participant(UserId.of(call.member().id())).orElseThrow().segments())
                .extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(closedAt, LeaveReason.SESSION_ENDED));
        assertThat(steps.status(call.study(), call.owner()).isNull()).as("no call in progress").isTrue();
    }

    @Test
    void reconciliation_closes_visits_the_media_server_no_longer_has_and_ends_a_call_nobody_is_left_in() {
        Scenario lost = callOnOpenVidu();
        connected(lost.room(), lost.owner());
        String mina = connected(lost.room(), lost.member());
        Scenario gone = callOnOpenVidu();
        media.disconnect(lost.room(), mina);          // its participantLeft never arrived
        CLOCK.advanceSeconds(31);                     // past the settle time
        Instant now = CLOCK.instant();

        ReconciliationView round = reconciliation.reconcileAll();

        assertThat(round.failed()).isZero();
        assertThat(stored(lost, lost.member()).segments()).extracting(AttendanceSegment::leftAt, AttendanceSegment::leaveReason)
                .containsExactly(tuple(now, LeaveReason.REAPED));
        assertThat(stored(lost, lost.owner()).isPresent()).as("still connected").isTrue();
        assertThat(stored(gone).endedAt()).as("nobody ever connected to its room").isEqualTo(now);
        assertThat(reconciliation.reconcileAll().reaped()).as("a second round finds nothing to do").isZero();
    }

    @Test
    void when_openvidu_cannot_say_whether_the_person_is_still_connected_the_webhook_answers_503_and_changes_nothing() {
        Scenario call = callOnOpenVidu();
        String mina = connected(call.room(), call.member());
        Instant at = CLOCK.advanceSeconds(10);
        media.disconnect(call.room(), mina);
        OPENVIDU.goDown();
        try {
            assertError(deliver(participantLeft(call.room(), mina, call.member(), at, "networkDisconnect")), 503,
                    "MEDIA_SERVER_UNAVAILABLE");
        } finally {
            OPENVIDU.comeBack();
        }

        assertThat(stored(call, call.member()).isPresent()).isTrue();
    }

    @Test
    void the_media_server_has_a_health_contributor_and_its_outage_does_not_make_the_service_unready() {
        String token = Steps.person("ops").token();
        JsonNode up = get("/actuator/health", token).json().get("components").get("openvidu");
        assertThat(up.get("status").stringValue()).isEqualTo("UP");
        assertThat(up.get("details").get("url").stringValue()).isEqualTo(OPENVIDU.url());

        OPENVIDU.goDown();
        try {
            Response health = get("/actuator/health", token);
            assertThat(health.json().get("components").get("openvidu").get("status").stringValue()).isEqualTo("DOWN");
            Response readiness = get("/actuator/health/readiness", null);
            assertThat(readiness.status()).as("%s", readiness).isEqualTo(200);
            assertThat(readiness.json().get("status").stringValue()).isEqualTo("UP");
        } finally {
            OPENVIDU.comeBack();
        }
    }
}
