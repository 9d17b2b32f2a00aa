package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Fuzz.concat;
import static io.coup.videocall.bootstrap.e2e.Fuzz.quote;
import static io.coup.videocall.bootstrap.e2e.Fuzz.utf8;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6.5 against the running service: generated malformed requests to every endpoint — bodies of the wrong JSON
 * types, missing fields, huge strings, deep nesting, invalid UTF-8, broken syntax, wrong content types; garbage
 * query parameters and path ids — each answer a 4xx with the standard error body, never a 5xx; nothing is written;
 * and a normal request succeeds afterwards. Tries and seed: see {@link Fuzz}.
 */
class MalformedRestInputFuzzTest extends EndToEndTest {

    private static final Logger log = LoggerFactory.getLogger(MalformedRestInputFuzzTest.class);
    private static final int SENDERS = 4;
    private static final int FUZZ_CALLERS = 40;

    /** One generated request; {@code as} picks the caller (an index into the fuzz study's members), -1 for none. */
    record Attempt(String method, String path, String contentType, byte[] body, int as) {

        @Override
        public String toString() {
            String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + " [" + contentType + "] "
                    + shown + (body != null && body.length > 300 ? "… (" + body.length + " bytes)" : "");
        }
    }

    private final Steps steps = new Steps(this);

    @Test
    void malformed_requests_get_4xx_with_the_error_body_and_change_nothing() throws Exception {
        Person owner = person("fuzz-owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        List<Person> callers = new ArrayList<>();
        callers.add(owner);
        for (int i = 1; i < FUZZ_CALLERS; i++) {
            callers.add(steps.member(study, owner, "fuzz-member"));
        }
        String before = snapshot(study, session, owner);
        long seed = Fuzz.seed();
        int tries = Fuzz.tries();
        log.info("REST fuzz: {} requests, seed {} (replay with -Dcoup.fuzz.seed={})", tries, seed, seed);

        List<Attempt> attempts = Fuzz.draw(attempts(study, session, owner.id()), tries, seed);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int first = s;
                sent.add(senders.submit(() -> IntStream.iterate(first, i -> i < attempts.size(), i -> i + SENDERS)
                        .forEach(i -> check(attempts.get(i), callers, failures))));
            }
            for (Future<?> future : sent) {
                future.get(10, TimeUnit.MINUTES);
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(failures).as("seed %s: requests not answered with a 4xx error body", seed).isEmpty();
        assertThat(snapshot(study, session, owner)).as("nothing written").isEqualTo(before);
        Person newcomer = steps.member(study, owner, "after-fuzz");
        assertThat(steps.join(study, session, newcomer).get("userId").stringValue()).isEqualTo(newcomer.id());
    }

    private void check(Attempt attempt, List<Person> callers, List<String> failures) {
        HttpRequest.Builder request = request(attempt.path(), attempt.as() < 0 ? null : callers.get(attempt.as()).token());
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        request.method(attempt.method(), attempt.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        try {
            Response response = send(request);
            assertThat(response.status()).as("a client error").isBetween(400, 499);
            assertError(response, response.status(), response.json().path("code").asString());
        } catch (AssertionError | RuntimeException e) {
            if (failures.size() < 20) {
                failures.add(attempt + " -> " + e.getMessage());
            }
        }
    }

    /** What the fuzzing must not change: the owner's studies, the members and their roles, the call and its people. */
    private String snapshot(String study, String session, Person owner) {
        JsonNode studies = get("/api/my-studies", owner.token()).json();
        JsonNode members = get("/api/studies/" + study + "/members", owner.token()).json();
        JsonNode detail = steps.detail(study, session, owner);
        JsonNode history = steps.history(study, owner, "");
        return studies.get("studies").size() + " " + members + " " + detail.get("participants") + " " + detail.get("endedAt")
                + " " + history.get("pagination");
    }

    // --- generators -------------------------------------------------------------------------------------------

    private static Arbitrary<Attempt> attempts(String study, String session, String ownerId) {
        String call = call(study);
        Arbitrary<Integer> member = Arbitraries.integers().between(0, FUZZ_CALLERS - 1);
        return Arbitraries.frequencyOf(
                Fuzz.weight(3, body("POST", call + "/join", List.of("sessionId"), Set.of(), member)),
                Fuzz.weight(2, body("POST", call + "/leave", List.of("sessionId"), Set.of(), member)),
                Fuzz.weight(2, body("POST", call + "/start", List.of("name"), Set.of("{}", "null"), member)),
                Fuzz.weight(2, body("POST", "/api/studies", List.of("id", "name"), Set.of(), member)),
                Fuzz.weight(2, body("PUT", "/api/studies/" + study + "/members/" + ownerId, List.of("role", "status"),
                        Set.of("{}"), Arbitraries.just(0))),
                Fuzz.weight(1, body("POST", "/api/dev/token", List.of("userId", "name", "avatar"), Set.of(),
                        Arbitraries.just(-1))),
                Fuzz.weight(3, query(call, member)),
                Fuzz.weight(3, pathIds(study, session, ownerId, member)));
    }

    /**
     * A body that can never be valid for an endpoint with these {@code fields}: a field of the wrong type, a huge
     * value, broken JSON, invalid UTF-8 before a wrong type, a top-level non-object, or a wrong content type.
     * {@code validAsIs} are bodies the endpoint accepts (an optional or all-optional body), never sent.
     */
    private static Arbitrary<Attempt> body(String method, String path, List<String> fields, Set<String> validAsIs,
                                           Arbitrary<Integer> as) {
        Arbitrary<String> field = Arbitraries.of(fields);
        Arbitrary<byte[]> wrongType = Combinators.combine(field, Fuzz.nonString(), Fuzz.object(1))
                .as((name, value, rest) -> utf8("{" + quote(name) + ":" + value + (rest.length() > 2 ? "," + rest.substring(1) : "}")));
        Arbitrary<byte[]> huge = Combinators.combine(field, Arbitraries.integers().between(5_000, 100_000))
                .as((name, length) -> utf8("{" + quote(name) + ":\"" + "x".repeat(length) + "\"}"));
        Arbitrary<byte[]> broken = Fuzz.object(2).flatMap(json -> Arbitraries.integers().between(1, json.length() - 1)
                .map(cut -> utf8(json.substring(0, cut))));
        Arbitrary<byte[]> badUtf8 = Combinators.combine(field, Fuzz.invalidUtf8(), Fuzz.nonString())
                .as((name, bytes, value) -> concat(utf8("{\"x\":\"a"), bytes, utf8("\"," + quote(name) + ":" + value + "}")));
        Arbitrary<byte[]> notAnObject = Arbitraries.oneOf(Fuzz.nonString(), Fuzz.text().map(Fuzz::quote))
                .filter(json -> !json.startsWith("{") && !validAsIs.contains(json)).map(Fuzz::utf8);
        List<Arbitrary<byte[]>> malformed = new ArrayList<>(List.of(wrongType, huge, broken, badUtf8, notAnObject));
        if (!validAsIs.contains("{}")) {
            // Required fields missing; unknown fields are ignored, so this is invalid only where something is required.
            malformed.add(Fuzz.object(1).filter(json -> fields.stream().noneMatch(f -> json.contains(quote(f)))).map(Fuzz::utf8));
        }
        Arbitrary<byte[]> payload = Arbitraries.oneOf(malformed);
        Arbitrary<String> jsonType = Arbitraries.of("application/json", "application/json;charset=UTF-8");
        Arbitrary<Attempt> asJson = Combinators.combine(jsonType, payload, as)
                .as((type, bytes, who) -> new Attempt(method, path, type, bytes, who));
        Arbitrary<Attempt> wrongContentType = Combinators.combine(
                        Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=x", "application/octet-stream", "text/csv"),
                        Arbitraries.oneOf(Fuzz.object(1), Fuzz.text()).filter(text -> !text.isEmpty()), as)
                .as((type, text, who) -> new Attempt(method, path, type, utf8(text), who));
        return Arbitraries.frequencyOf(Fuzz.weight(5, asJson), Fuzz.weight(1, wrongContentType));
    }

    /** Reads of the call with at least one query parameter that cannot be valid, plus random extra junk. */
    private static Arbitrary<Attempt> query(String call, Arbitrary<Integer> as) {
        Arbitrary<String> notANumber = Fuzz.text().filter(t -> !t.isBlank() && !t.strip().matches("[+-]?\\d{1,9}"));
        Arbitrary<String> badText = Fuzz.text().filter(t -> !t.isBlank());
        Arbitrary<String> badHistoryParameter = Arbitraries.oneOf(
                notANumber.map(v -> "page=" + encode(v)), notANumber.map(v -> "limit=" + encode(v)),
                Arbitraries.of("page=0", "page=-1", "limit=0", "limit=101", "limit=-5", "page=99999999999999999999"),
                badText.map(v -> "startDate=" + encode(v)), badText.map(v -> "endDate=" + encode(v)),
                badText.map(v -> "tz=" + encode(v)), Fuzz.invalidUtf8().map(bytes -> "startDate=" + percent(bytes)));
        Arbitrary<String> badStatsParameter = Arbitraries.oneOf(
                badText.filter(t -> !Set.of("week", "month", "year", "all").contains(t.strip())).map(v -> "period=" + encode(v)),
                badText.map(v -> "tz=" + encode(v)), Fuzz.invalidUtf8().map(bytes -> "tz=" + percent(bytes)));
        Arbitrary<String> pathAndBadParameter = Arbitraries.oneOf(
                badHistoryParameter.map(bad -> call + "/history?" + bad), badStatsParameter.map(bad -> call + "/stats?" + bad));
        Arbitrary<String> junk = Combinators.combine(Fuzz.text(), Fuzz.text()).as((k, v) -> encode(k) + "=" + encode(v))
                .list().ofMaxSize(3).map(pairs -> String.join("&", pairs));
        return Combinators.combine(pathAndBadParameter, junk, as)
                .as((bad, extra, who) -> new Attempt("GET", bad + (extra.isEmpty() ? "" : "&" + extra), null, null, who));
    }

    /**
     * Endpoints addressed by ids, with an id that cannot be one: bad characters, too long, invalid UTF-8. (Not PUT
     * members: a user id is whatever the identity provider's {@code sub} is, so most text is a valid one to add.)
     */
    private static Arbitrary<Attempt> pathIds(String study, String session, String ownerId, Arbitrary<Integer> as) {
        Arbitrary<String> badId = Arbitraries.oneOf(
                Fuzz.text().filter(t -> !t.matches("[A-Za-z0-9_-]{1,64}") && !t.isEmpty() && !t.equals(".") && !t.equals(".."))
                        .map(MalformedRestInputFuzzTest::encode),
                Arbitraries.strings().alpha().ofLength(65).ofMaxLength(300),
                Fuzz.invalidUtf8().map(MalformedRestInputFuzzTest::percent));
        List<String> templates = List.of(
                "GET /api/studies/{bad}/members", "DELETE /api/studies/" + study + "/members/{bad}",
                "GET /api/my-studies/{bad}/video-call/status", "POST /api/my-studies/{bad}/video-call/start",
                "GET " + call(study) + "/sessions/{bad}", "GET " + call(study) + "/sessions/{bad}/attendance.csv",
                "POST " + call(study) + "/sessions/{bad}/end",
                "POST " + call(study) + "/sessions/" + session + "/participants/{bad}/mute",
                "POST " + call(study) + "/sessions/" + session + "/participants/{bad}/kick",
                "GET " + call(study) + "/stats/users/{bad}");
        return Combinators.combine(Arbitraries.of(templates), badId, as).as((template, id, who) -> {
            String[] parts = template.split(" ", 2);
            return new Attempt(parts[0], parts[1].replace("{bad}", id), null, null, who);
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String percent(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }
}
