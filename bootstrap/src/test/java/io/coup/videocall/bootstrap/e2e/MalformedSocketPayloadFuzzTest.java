package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.coup.videocall.bootstrap.e2e.Fuzz.quote;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5.2/§6.5 against the running Socket.IO server, with the official socket.io-client: generated malformed
 * payloads for every client event (wrong types, missing fields, no or extra arguments, huge strings, deep nesting,
 * lone surrogates) and unknown events. Every known event is answered with a negative ack and an {@code error} event,
 * never {@code ok: true}; unknown events are ignored (netty-socketio offers no hook for them); nobody else hears a
 * thing; nothing is recorded; afterwards every fuzzing socket is served a valid event, and so is everyone else.
 * Tries and seed: see {@link Fuzz} (this test sends a fifth of the tries).
 */
class MalformedSocketPayloadFuzzTest extends SocketEndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(MalformedSocketPayloadFuzzTest.class);
    /** Events one socket sends in the fuzz: under the per-socket burst, so the limiter does not answer for the server. */
    private static final int EVENTS_PER_SOCKET = 80;
    /**
     * Fuzzing sockets that also join the call (the others fuzz from the study room only): with the observer, within
     * the tests' {@code coup.calls.max-participants=10}.
     */
    private static final int IN_CALL = 8;

    /**
     * Deepest nesting sent: netty-socketio's JSON reader (Jackson 2) refuses documents nested over 1,000 deep, and then
     * drops the whole frame, ack id included, so such an event gets no ack, only an {@code error} event that names no
     * event ({@code SignalingEndToEndTest.a_payload_nested_too_deep…}); the fuzz checks acks, so it stays below.
     */
    private static final int MAX_DEPTH = 900;

    /** The client events of SPEC §5.2 and the fields of their payloads: s = string, b = boolean, o = object. */
    private static final Map<String, Map<String, Character>> EVENTS = events();

    private static Map<String, Map<String, Character>> events() {
        Map<String, Map<String, Character>> events = new LinkedHashMap<>();
        events.put("video:join-room", Map.of("studyId", 's', "roomId", 's', "isMuted", 'b', "isVideoOff", 'b'));
        events.put("video:leave-room", Map.of("roomId", 's'));
        events.put("video:offer", Map.of("to", 's', "offer", 'o'));
        events.put("video:answer", Map.of("to", 's', "answer", 'o'));
        events.put("video:ice-candidate", Map.of("to", 's', "candidate", 'o'));
        events.put("video:toggle-audio", Map.of("roomId", 's', "isMuted", 'b'));
        events.put("video:toggle-video", Map.of("roomId", 's', "isVideoOff", 'b'));
        events.put("video:screen-share-start", Map.of("roomId", 's'));
        events.put("video:screen-share-stop", Map.of("roomId", 's'));
        events.put("chat:send-message", Map.of("studyId", 's', "message", 's', "type", 's'));
        events.put("chat:video-message", Map.of("roomId", 's', "message", 's'));
        events.put("chat:typing", Map.of("studyId", 's', "isTyping", 'b'));
        events.put("presence:join-study", Map.of("studyId", 's'));
        events.put("presence:leave-study", Map.of("studyId", 's'));
        events.put("presence:status-change", Map.of("status", 's'));
        return events;
    }

    /** Names socket.io-client refuses to emit. */
    private static final Set<String> RESERVED = Set.of("connect", "connect_error", "disconnect", "disconnecting",
            "newListener", "removeListener");

    /** What sockets in the call and the study room hear while others join them. */
    private static final Set<String> JOINING = Set.of("video:room-state", "video:user-joined", "presence:user-online");

    record Emission(String event, String args, boolean known) {
    }

    private final Steps steps = new Steps(this);

    @Test
    void malformed_payloads_get_only_refusals_change_nothing_and_every_socket_keeps_being_served() throws InterruptedException {
        Person owner = person("fuzz-owner");
        String study = steps.study(owner);
        JsonNode session = steps.start(study, owner);
        String roomId = session.get("roomId").stringValue();
        String sessionId = session.get("id").stringValue();
        long seed = Fuzz.seed();
        int count = Math.max(EVENTS_PER_SOCKET, Fuzz.tries() / 5);
        int fuzzers = (count + EVENTS_PER_SOCKET - 1) / EVENTS_PER_SOCKET;
        log.info("Socket.IO fuzz: {} events over {} sockets, seed {} (replay with -Dcoup.fuzz.seed={})", count, fuzzers, seed, seed);

        Person observer = steps.member(study, owner, "observer");
        sockets.connected("observer", observer.token());
        assertOk(sockets.emitAndAck("observer", "video:join-room", Map.of("studyId", study, "roomId", roomId), "observer-join"));
        assertOk(sockets.emitAndAck("observer", "presence:join-study", Map.of("studyId", study), "observer-presence"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fuzzers; i++) {
            Person fuzzer = steps.member(study, owner, "fuzzer");
            String as = "fuzzer-" + i;
            sockets.connected(as, fuzzer.token());
            if (i < IN_CALL) {
                assertOk(sockets.emitAndAck(as, "video:join-room", Map.of("studyId", study, "roomId", roomId), as + "-join"));
            }
            assertOk(sockets.emitAndAck(as, "presence:join-study", Map.of("studyId", study), as + "-presence"));
            names.add(as);
        }
        String before = snapshot(study, sessionId, owner);

        List<Emission> emissions = Fuzz.draw(emissions(), count, seed);
        for (int i = 0; i < emissions.size(); i++) {
            Emission emission = emissions.get(i);
            sockets.emitRaw(names.get(i % fuzzers), emission.event(), emission.args(), emission.known() ? "fuzz-" + i : null);
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < emissions.size(); i++) {
            Emission emission = emissions.get(i);
            if (emission.known()) {
                String as = names.get(i % fuzzers);
                String tag = "fuzz-" + i;
                JsonNode line = sockets.await(l -> as.equals(SocketIoDriver.text(l, "as")) && tag.equals(SocketIoDriver.text(l, "tag")));
                JsonNode ack = line.get("data");
                if (!"ack".equals(SocketIoDriver.text(line, "type")) || ack == null || !ack.path("ok").isBoolean() || ack.get("ok").asBoolean() || !ack.path("code").isString()) {
                    failures.add(emission.event() + " " + abbreviate(emission.args()) + " -> " + line);
                }
            }
        }

        assertThat(failures).as("seed %s: events not refused", seed).isEmpty();
        for (String as : names) {
            assertThat(linesOf(as)).as("%s saw only refusals and others joining", as)
                    .allMatch(l -> !"event".equals(SocketIoDriver.text(l, "type"))
                            || "error".equals(SocketIoDriver.text(l, "event")) || JOINING.contains(SocketIoDriver.text(l, "event")))
                    .noneMatch(l -> "disconnect".equals(SocketIoDriver.text(l, "type")));
        }
        Thread.sleep(1_000); // lets the per-socket budgets refill a little
        for (String as : names) {
            assertOk(sockets.emitAndAck(as, "presence:status-change", Map.of("status", "busy"), as + "-after"));
        }
        assertThat(linesOf("observer")).as("the observer heard nothing of the fuzz, only others joining and changing status")
                .allMatch(l -> !"event".equals(SocketIoDriver.text(l, "type")) || JOINING.contains(SocketIoDriver.text(l, "event"))
                        || "presence:user-status-changed".equals(SocketIoDriver.text(l, "event")));
        assertThat(snapshot(study, sessionId, owner)).as("nothing recorded").isEqualTo(before);
        assertOk(sockets.emitAndAck("observer", "video:toggle-audio", Map.of("roomId", roomId, "isMuted", true), "observer-after"));
        assertThat(sockets.event("fuzzer-0", "video:peer-audio-changed").get("isMuted").asBoolean()).isTrue();
    }

    private List<JsonNode> linesOf(String as) {
        return sockets.all().stream().filter(l -> as.equals(SocketIoDriver.text(l, "as"))).toList();
    }

    /** Attendance, media flags and in-call messages of everyone in the call, and who is online. */
    private String snapshot(String study, String sessionId, Person owner) {
        StringBuilder state = new StringBuilder();
        for (JsonNode p : steps.detail(study, sessionId, owner).get("participants").values()) {
            state.append(p.get("userId").stringValue()).append(' ').append(p.get("segments").size()).append(' ')
                    .append(p.get("isMuted")).append(p.get("isVideoOff")).append(p.get("isSharing")).append(' ')
                    .append(p.get("messageCount")).append('\n');
        }
        return state.append(steps.status(study, owner).get("onlineCount")).toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text;
    }

    // --- generators -------------------------------------------------------------------------------------------

    private static Arbitrary<Emission> emissions() {
        Arbitrary<Emission> known = Arbitraries.of(List.copyOf(EVENTS.keySet()))
                .flatMap(event -> malformedArgs(EVENTS.get(event)).map(args -> new Emission(event, args, true)));
        Arbitrary<Emission> unknown = Combinators.combine(
                        Arbitraries.oneOf(Fuzz.text(), Arbitraries.of("video:join", "video:offer ", "VIDEO:LEAVE-ROOM", "chat:", "error")),
                        Fuzz.json(2))
                .as((event, arg) -> new Emission(event, "[" + arg + "]", false))
                .filter(e -> !EVENTS.containsKey(e.event()) && !RESERVED.contains(e.event()) && !e.event().isEmpty());
        return Arbitraries.frequencyOf(Fuzz.weight(9, known), Fuzz.weight(1, unknown));
    }

    /** Arguments (a JSON array) that can never be a valid payload for an event with these fields. */
    private static Arbitrary<String> malformedArgs(Map<String, Character> fields) {
        Arbitrary<String> field = Arbitraries.of(List.copyOf(fields.keySet()));
        Arbitrary<String> wrongType = Combinators.combine(field, Fuzz.nonString(MAX_DEPTH), Fuzz.text(), Fuzz.object(1)).as((name, value, text, rest) -> {
            String wrong = switch (fields.get(name)) {
                case 'b' -> value.equals("true") || value.equals("false") ? quote(value) : value;
                case 'o' -> quote(text);
                default -> value;
            };
            return "[{" + quote(name) + ":" + wrong + (rest.length() > 2 ? "," + rest.substring(1) : "}") + "]";
        });
        Arbitrary<String> huge = Combinators.combine(field, Arbitraries.integers().between(3_000, 40_000))
                .as((name, length) -> "[{" + quote(name) + ":\"" + "x".repeat(length) + "\"}]");
        // Lone surrogates first, then a field of the wrong type: any string is a valid room id to leave.
        Arbitrary<String> loneSurrogates = Combinators.combine(field, Fuzz.nonString(MAX_DEPTH))
                .as((name, value) -> "[{\"x\":\"\\ud800\\udc00\\udfff\\ud83d\"," + quote(name) + ":" + value + "}]");
        Arbitrary<String> notAnObject = Arbitraries.oneOf(Fuzz.nonString(MAX_DEPTH), Fuzz.text().map(Fuzz::quote))
                .filter(json -> !json.startsWith("{")).map(json -> "[" + json + "]");
        Arbitrary<String> noArguments = Arbitraries.just("[]");
        Arbitrary<String> missingFields = Fuzz.object(1)
                .filter(json -> fields.keySet().stream().noneMatch(f -> json.contains(quote(f)))).map(json -> "[" + json + "]");
        return Arbitraries.oneOf(wrongType, huge, loneSurrogates, notAnObject, noArguments, missingFields);
    }
}
