package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3/§4: only ACTIVE members use anything of a study. Outsiders, pending and banned members, and anyone asking
 * about a study that does not exist get the same 403 NOT_STUDY_MEMBER on every study-scoped endpoint.
 */
class StudyAccessApiTest extends EndToEndTest {

    /** Who knocks. */
    enum Caller { OUTSIDER, PENDING_MEMBER, BANNED_MEMBER, ANYONE_AT_A_STUDY_THAT_DOES_NOT_EXIST }

    /** An endpoint: method, path under the study ({s} = study, {id} = session, {m} = a member), body. */
    record Endpoint(String method, String path, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/my-studies/{s}/video-call/start", null),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/status", null),
            new Endpoint("POST", "/api/my-studies/{s}/video-call/join", "{\"sessionId\":\"{id}\"}"),
            new Endpoint("POST", "/api/my-studies/{s}/video-call/leave", "{\"sessionId\":\"{id}\"}"),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/history", null),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/sessions/{id}", null),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/sessions/{id}/attendance.csv", null),
            new Endpoint("POST", "/api/my-studies/{s}/video-call/sessions/{id}/end", null),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/stats", null),
            new Endpoint("GET", "/api/my-studies/{s}/video-call/stats/users/{m}", null),
            new Endpoint("GET", "/api/studies/{s}/members", null),
            new Endpoint("PUT", "/api/studies/{s}/members/{m}", "{\"role\":\"ADMIN\"}"),
            new Endpoint("DELETE", "/api/studies/{s}/members/{m}", null));

    static Stream<Arguments> everyEndpointForEveryStranger() {
        return Stream.of(Caller.values())
                .flatMap(caller -> ENDPOINTS.stream().map(endpoint -> Arguments.of(caller, endpoint)));
    }

    private final Steps steps = new Steps(this);

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyEndpointForEveryStranger")
    void only_active_members_may_use_a_study(Caller who, Endpoint endpoint) {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);
        Person stranger = person("stranger");
        String target = study;
        switch (who) {
            case OUTSIDER -> { }
            case PENDING_MEMBER -> steps.setMember(study, owner, stranger.id(), "{\"status\":\"PENDING\"}");
            case BANNED_MEMBER -> steps.setMember(study, owner, stranger.id(), "{\"status\":\"BANNED\"}");
            case ANYONE_AT_A_STUDY_THAT_DOES_NOT_EXIST -> target = unique("nowhere");
        }
        String path = endpoint.path().replace("{s}", target).replace("{id}", session).replace("{m}", member.id());
        String body = endpoint.body() == null ? null : endpoint.body().replace("{id}", session);

        Response response = send(endpoint.method(), path, stranger.token(), body);

        assertError(response, 403, "NOT_STUDY_MEMBER");
        // and nothing changed
        assertThat(steps.status(study, owner).get("id").stringValue()).isEqualTo(session);
        assertThat(steps.status(study, owner).get("participants").size()).isEqualTo(2);
        assertThat(get("/api/studies/" + study + "/members", owner.token()).json().get("members").size()).isEqualTo(2);
    }

    private Response send(String method, String path, String token, String body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder request = request(path, token).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }
}
