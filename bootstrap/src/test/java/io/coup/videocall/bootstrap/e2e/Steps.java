package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.EndToEndTest.Response;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps most scenarios are made of, each asserting that it worked, over the test's real HTTP helpers. */
final class Steps {

    /** Someone with a token; {@code name} is the token's name claim. */
    record Person(String id, String name, String token) {
    }

    private final EndToEndTest test;

    Steps(EndToEndTest test) {
        this.test = test;
    }

    static Person person(String label) {
        String id = EndToEndTest.unique(label);
        String name = "Name of " + id;
        return new Person(id, name, EndToEndTest.token(id, name));
    }

    /** A new study owned by {@code owner}. */
    String study(Person owner) {
        return test.createStudy(owner.token());
    }

    /** A new person who is an active member of the study (and has signed in, so their name is known). */
    Person member(String studyId, Person owner, String label) {
        Person member = person(label);
        test.addMember(studyId, owner.token(), member.id());
        signIn(member);
        return member;
    }

    void signIn(Person person) {
        Response me = test.get("/api/me", person.token());
        assertThat(me.status()).as("sign in %s", me).isEqualTo(200);
    }

    void setMember(String studyId, Person moderator, String userId, String json) {
        Response response = test.put("/api/studies/" + studyId + "/members/" + userId, moderator.token(), json);
        assertThat(response.status()).as("PUT member %s", response).isEqualTo(200);
    }

    /** Starts (or finds) the study's call; returns the session. */
    JsonNode start(String studyId, Person who) {
        Response response = test.post(EndToEndTest.call(studyId) + "/start", who.token(), null);
        assertThat(response.status()).as("start %s", response).isIn(200, 201);
        return response.json().get("session");
    }

    String startId(String studyId, Person who) {
        return start(studyId, who).get("id").stringValue();
    }

    JsonNode join(String studyId, String sessionId, Person who) {
        Response response = test.post(EndToEndTest.call(studyId) + "/join", who.token(), sessionBody(sessionId));
        assertThat(response.status()).as("join %s", response).isEqualTo(200);
        return response.json().get("participant");
    }

    /** {@code count} new members of the study, each joined to the call: at the tests' maximum of 10 it is full. */
    List<Person> fill(String studyId, String sessionId, Person owner, int count) {
        List<Person> present = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person member = member(studyId, owner, "m" + i);
            join(studyId, sessionId, member);
            present.add(member);
        }
        return present;
    }

    void kick(String studyId, String sessionId, Person moderator, String userId) {
        Response response = test.post(EndToEndTest.call(studyId) + "/sessions/" + sessionId + "/participants/" + userId
                + "/kick", moderator.token(), null);
        assertThat(response.status()).as("kick %s", response).isEqualTo(202);
    }

    void leave(String studyId, String sessionId, Person who) {
        Response response = test.post(EndToEndTest.call(studyId) + "/leave", who.token(), sessionBody(sessionId));
        assertThat(response.status()).as("leave %s", response).isEqualTo(200);
    }

    JsonNode end(String studyId, String sessionId, Person who) {
        Response response = test.post(EndToEndTest.call(studyId) + "/sessions/" + sessionId + "/end", who.token(), null);
        assertThat(response.status()).as("end %s", response).isEqualTo(200);
        return response.json().get("session");
    }

    /** The {@code session} of {@code GET /status} (a JSON null when there is no call). */
    JsonNode status(String studyId, Person who) {
        Response response = test.get(EndToEndTest.call(studyId) + "/status", who.token());
        assertThat(response.status()).as("status %s", response).isEqualTo(200);
        return response.json().get("session");
    }

    JsonNode detail(String studyId, String sessionId, Person who) {
        Response response = test.get(EndToEndTest.call(studyId) + "/sessions/" + sessionId, who.token());
        assertThat(response.status()).as("detail %s", response).isEqualTo(200);
        return response.json().get("session");
    }

    JsonNode history(String studyId, Person who, String query) {
        Response response = test.get(EndToEndTest.call(studyId) + "/history" + query, who.token());
        assertThat(response.status()).as("history %s", response).isEqualTo(200);
        return response.json();
    }

    static String sessionBody(String sessionId) {
        return "{\"sessionId\":\"" + sessionId + "\"}";
    }
}
