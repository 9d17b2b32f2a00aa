package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5.4 "a slow consumer must not grow memory without bound", with the official socket.io-client: a client that
 * stops reading while its peers send it offers is cut off once it leaves {@code coup.signaling.max-pending-output}
 * (1 MB) unread beyond what the kernel buffers; the others are told it left and go on.
 */
class SlowConsumerEndToEndTest extends SocketEndToEndTest {

    private static final Pattern CLOSED = Pattern.compile("^coup_signaling_slow_consumers_closed_total(?:\\{[^}]*})? (\\S+)$",
            Pattern.MULTILINE);

    private final Steps steps = new Steps(this);

    @Test
    void a_client_that_stops_reading_is_cut_off_and_the_others_are_told() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Map<String, Person> peers = Map.of("bob", steps.member(study, ann, "bob"),
                "carol", steps.member(study, ann, "carol"), "dave", steps.member(study, ann, "dave"));
        JsonNode session = steps.start(study, ann);
        Map<String, Object> room = Map.of("studyId", study, "roomId", session.get("roomId").stringValue());
        String annSocket = sockets.connected("ann", ann.token());
        assertOk(sockets.emitAndAck("ann", "video:join-room", room, "ann-join"));
        peers.forEach((as, peer) -> {
            sockets.connected(as, peer.token());
            assertOk(sockets.emitAndAck(as, "video:join-room", room, as + "-join"));
        });
        double closedBefore = closedSlowConsumers(ann);

        sockets.pause("ann");
        // 3 x 100 offers of 60 KB: 18 MB, more than loopback's kernel buffers (a few MB each way) and the 1 MB bound,
        // within each sender's burst of 120 events.
        Map<String, Object> offer = Map.of("to", annSocket, "offer", Map.of("type", "offer", "sdp", "v".repeat(60_000)));
        for (int i = 0; i < 100; i++) {
            for (String as : peers.keySet()) {
                sockets.emit(as, "video:offer", offer, null);
            }
        }

        JsonNode left = sockets.event("bob", "video:user-left");
        assertThat(left.get("socketId").stringValue()).isEqualTo(annSocket);
        assertThat(closedSlowConsumers(ann)).isEqualTo(closedBefore + 1);
        Map<String, Object> mute = Map.of("studyId", study, "roomId", room.get("roomId"), "isMuted", true);
        assertOk(sockets.emitAndAck("carol", "video:toggle-audio", mute, "carol-goes-on"));
        assertThat(sockets.event("bob", "video:peer-audio-changed").get("userId").stringValue())
                .isEqualTo(peers.get("carol").id());
    }

    private double closedSlowConsumers(Person reader) {
        Response scraped = get("/actuator/prometheus", reader.token());
        assertThat(scraped.status()).isEqualTo(200);
        Matcher counter = CLOSED.matcher(scraped.body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }
}
