package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every end-to-end test checks about the API's shapes: error bodies, instants, sessions, participants. */
final class Api {

    /** ISO-8601 UTC with exactly three fraction digits (SPEC §4). */
    static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    private static final DateTimeFormatter API_INSTANT = new DateTimeFormatterBuilder().appendInstant(3)
            .toFormatter(Locale.ROOT);

    static final List<String> SESSION_KEYS = List.of("id", "studyId", "roomId", "name", "startedBy", "startedAt",
            "endedAt", "duration", "mediaProvider", "starter");

    static final List<String> PARTICIPANT_KEYS = List.of("id", "sessionId", "userId", "joinedAt", "leftAt", "duration",
            "audioMutedTime", "videoOffTime", "screenSharedTime", "isMuted", "isVideoOff", "isSharing", "user");

    static final List<String> USER_KEYS = List.of("id", "name", "avatar");

    static final String ALREADY_IN_PROGRESS = "A video call is already in progress.";

    /** Words that would betray internals in an error body. */
    private static final List<String> INTERNALS = List.of("Exception", "exception", "\tat ", "java.", "org.springframework",
            "tools.jackson", "com.fasterxml", "org.hibernate", "org.postgresql", "io.coup", "SQL", "Caused by");

    private Api() {
    }

    /** How the API writes an instant. */
    static String iso(Instant instant) {
        return API_INSTANT.format(instant);
    }

    static String[] keys(List<String> base, String... extra) {
        return Stream.concat(base.stream(), Arrays.stream(extra)).toArray(String[]::new);
    }

    static void assertKeys(JsonNode node, String... keys) {
        assertThat(node.isObject()).as("an object: %s", node).isTrue();
        assertThat(node.propertyNames()).as("keys of %s", node).containsExactlyInAnyOrder(keys);
    }

    /** A string in the API's instant format; returns it parsed. */
    static Instant assertInstant(JsonNode node) {
        assertThat(node.isString()).as("an instant string: %s", node).isTrue();
        assertThat(node.stringValue()).matches(INSTANT);
        return Instant.parse(node.stringValue());
    }

    static void assertInstant(JsonNode node, Instant expected) {
        assertInstant(node);
        assertThat(node.stringValue()).isEqualTo(iso(expected));
    }

    /**
     * The one error body: status, {@code code}, a human {@code error}, nothing but {@code error/code/details}, no
     * internals. Returns the body.
     */
    static JsonNode assertError(Response response, int status, String code) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type of %s", response).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.isObject()).as("error body %s", response).isTrue();
        assertThat(Set.copyOf(body.propertyNames())).as("keys of error body %s", response)
                .contains("error", "code").isSubsetOf("error", "code", "details");
        assertThat(body.get("code").isString()).isTrue();
        assertThat(body.get("code").stringValue()).as("code of %s", response).isEqualTo(code);
        assertThat(body.get("error").isString()).isTrue();
        assertThat(body.get("error").stringValue()).isNotBlank();
        if (body.has("details")) {
            assertThat(body.get("details").isObject()).as("details of %s", response).isTrue();
        }
        assertThat(response.body()).as("error body leaks internals").doesNotContain(INTERNALS);
        return body;
    }

    /** 400 INVALID_REQUEST whose {@code details.fields} names each of {@code fields}. */
    static JsonNode assertInvalid(Response response, String... fields) {
        JsonNode body = assertError(response, 400, "INVALID_REQUEST");
        JsonNode named = body.path("details").path("fields");
        assertThat(named.isObject()).as("details.fields of %s", response).isTrue();
        assertThat(named.propertyNames()).as("details.fields of %s", response).contains(fields);
        for (String field : fields) {
            assertThat(named.get(field).isString()).isTrue();
            assertThat(named.get(field).stringValue()).isNotBlank();
        }
        return body;
    }

    static void assertUser(JsonNode user, String id, String name) {
        assertKeys(user, USER_KEYS.toArray(String[]::new));
        assertThat(user.get("id").stringValue()).isEqualTo(id);
        if (name == null) {
            assertThat(user.get("name").isNull()).as("name of %s", user).isTrue();
        } else {
            assertThat(user.get("name").stringValue()).isEqualTo(name);
        }
    }

    /** The Session fields (plus {@code extra} keys) with the values every session has. */
    static void assertSession(JsonNode session, String studyId, String... extra) {
        assertKeys(session, keys(SESSION_KEYS, extra));
        String id = session.get("id").stringValue();
        assertThat(id).isNotBlank();
        assertThat(session.get("studyId").stringValue()).isEqualTo(studyId);
        assertThat(session.get("roomId").stringValue()).isEqualTo("study-" + studyId + "-" + id);
        assertInstant(session.get("startedAt"));
        assertThat(session.get("mediaProvider").stringValue()).isEqualTo("MESH");
        String starter = session.get("startedBy").stringValue();
        assertThat(session.get("starter").get("id").stringValue()).isEqualTo(starter);
        assertKeys(session.get("starter"), USER_KEYS.toArray(String[]::new));
        if (session.get("endedAt").isNull()) {
            assertThat(session.get("duration").isNull()).as("duration of a running call").isTrue();
        } else {
            Instant ended = assertInstant(session.get("endedAt"));
            long seconds = java.time.Duration.between(Instant.parse(session.get("startedAt").stringValue()), ended).toSeconds();
            assertThat(session.get("duration").isIntegralNumber()).isTrue();
            assertThat(session.get("duration").longValue()).isEqualTo(seconds);
        }
    }

    /** The Participant fields (plus {@code extra} keys), type-checked. */
    static void assertParticipant(JsonNode participant, String sessionId, String userId, String... extra) {
        assertKeys(participant, keys(PARTICIPANT_KEYS, extra));
        assertThat(participant.get("id").stringValue()).isNotBlank();
        assertThat(participant.get("sessionId").stringValue()).isEqualTo(sessionId);
        assertThat(participant.get("userId").stringValue()).isEqualTo(userId);
        assertInstant(participant.get("joinedAt"));
        if (!participant.get("leftAt").isNull()) {
            assertInstant(participant.get("leftAt"));
        }
        for (String number : List.of("duration", "audioMutedTime", "videoOffTime", "screenSharedTime")) {
            assertThat(participant.get(number).isIntegralNumber()).as("%s of %s", number, participant).isTrue();
        }
        for (String flag : List.of("isMuted", "isVideoOff", "isSharing")) {
            assertThat(participant.get(flag).isBoolean()).as("%s of %s", flag, participant).isTrue();
        }
        assertThat(participant.get("user").get("id").stringValue()).isEqualTo(userId);
        assertKeys(participant.get("user"), USER_KEYS.toArray(String[]::new));
    }

    /** The element of an array whose {@code key} is {@code value}. */
    static JsonNode find(JsonNode array, String key, String value) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        for (JsonNode element : array.values()) {
            if (element.has(key) && element.get(key).isString() && element.get(key).stringValue().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no element with " + key + "=" + value + " in " + array);
    }

    static List<String> strings(JsonNode array, String key) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        List<String> values = new ArrayList<>();
        for (JsonNode element : array.values()) {
            values.add(element.get(key).stringValue());
        }
        return values;
    }
}
