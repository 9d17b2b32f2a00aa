package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.2 participant moderation over HTTP: {@code …/participants/{userId}/mute} and {@code …/kick}. */
class ModerationApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);

    private String path(String study, String sessionId, String target, String action) {
        return call(study) + "/sessions/" + sessionId + "/participants/" + target + "/" + action;
    }

    /** A study owned by ann with bob as a plain member, and a call ann started that bob and ann joined. */
    private record World(String study, String sessionId, Person ann, Person bob) {
    }

    private World world() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        String sessionId = steps.startId(study, ann);
        steps.join(study, sessionId, ann);
        steps.join(study, sessionId, bob);
        return new World(study, sessionId, ann, bob);
    }

    @Test
    void an_admin_kicks_a_member_whose_segment_closes_as_kicked_and_who_cannot_rejoin() {
        World w = world();
        Person adam = steps.member(w.study(), w.ann(), "adam");
        steps.setMember(w.study(), w.ann(), adam.id(), "{\"role\":\"ADMIN\"}");

        Response kick = post(path(w.study(), w.sessionId(), w.bob().id(), "kick"), adam.token(), null);

        assertThat(kick.status()).as("kick %s", kick).isEqualTo(202);
        assertThat(kick.body()).isEmpty();
        assertError(post(call(w.study()) + "/join", w.bob().token(), Steps.sessionBody(w.sessionId())), 403, "KICKED");
        JsonNode bob = find(steps.detail(w.study(), w.sessionId(), w.ann()).get("participants"), "userId", w.bob().id());
        assertThat(bob.get("leftAt").isNull()).isFalse();
        assertThat(bob.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("KICKED");
        assertThat(steps.status(w.study(), w.ann()).get("participants").size()).isEqualTo(1);
    }

    @Test
    void kicking_the_last_person_present_ends_the_call() {
        Person ann = person("ann");
        String study = steps.study(ann);
        Person bob = steps.member(study, ann, "bob");
        String sessionId = steps.startId(study, ann);
        steps.join(study, sessionId, bob);

        steps.kick(study, sessionId, ann, bob.id());

        assertThat(steps.status(study, ann).isNull()).isTrue();
        JsonNode detail = steps.detail(study, sessionId, ann);
        assertThat(detail.get("endedAt").isNull()).isFalse();
    }

    @Test
    void a_mute_is_accepted_and_changes_nothing_stored() {
        World w = world();

        Response mute = post(path(w.study(), w.sessionId(), w.bob().id(), "mute"), w.ann().token(), null);

        assertThat(mute.status()).isEqualTo(202);
        assertThat(mute.body()).isEmpty();
        JsonNode bob = find(steps.status(w.study(), w.ann()).get("participants"), "userId", w.bob().id());
        assertThat(bob.get("isMuted").asBoolean()).isFalse();
    }

    @Test
    void a_plain_member_gets_403_permission_denied_and_nothing_changes() {
        World w = world();

        assertError(post(path(w.study(), w.sessionId(), w.ann().id(), "mute"), w.bob().token(), null), 403,
                "PERMISSION_DENIED");
        assertError(post(path(w.study(), w.sessionId(), w.ann().id(), "kick"), w.bob().token(), null), 403,
                "PERMISSION_DENIED");

        assertThat(steps.status(w.study(), w.ann()).get("participants").size()).isEqualTo(2);
    }

    @Test
    void an_outsider_gets_403_not_study_member() {
        World w = world();
        Person olga = person("olga");

        for (String action : new String[] {"mute", "kick"}) {
            assertError(post(path(w.study(), w.sessionId(), w.bob().id(), action), olga.token(), null), 403,
                    "NOT_STUDY_MEMBER");
            assertError(post(path("no-such-study-x", w.sessionId(), w.bob().id(), action), w.ann().token(), null),
                    403, "NOT_STUDY_MEMBER");
        }
    }

    @Test
    void a_session_of_another_study_or_an_unknown_one_is_404_session_not_found() {
        World w = world();
        String otherStudy = steps.study(w.ann());

        for (String action : new String[] {"mute", "kick"}) {
            assertError(post(path(otherStudy, w.sessionId(), w.bob().id(), action), w.ann().token(), null), 404,
                    "SESSION_NOT_FOUND");
            assertError(post(path(w.study(), "no-such-session", w.bob().id(), action), w.ann().token(), null), 404,
                    "SESSION_NOT_FOUND");
        }
        assertThat(steps.status(w.study(), w.ann()).get("participants").size()).isEqualTo(2);
    }

    @Test
    void someone_not_in_the_call_is_404_participant_not_found() {
        World w = world();
        Person carol = steps.member(w.study(), w.ann(), "carol");

        assertError(post(path(w.study(), w.sessionId(), carol.id(), "mute"), w.ann().token(), null), 404,
                "PARTICIPANT_NOT_FOUND");
        assertError(post(path(w.study(), w.sessionId(), carol.id(), "kick"), w.ann().token(), null), 404,
                "PARTICIPANT_NOT_FOUND");
        steps.join(w.study(), w.sessionId(), carol);
    }

    @Test
    void nobody_is_muted_or_kicked_in_an_ended_call() {
        World w = world();
        steps.end(w.study(), w.sessionId(), w.ann());

        assertError(post(path(w.study(), w.sessionId(), w.bob().id(), "mute"), w.ann().token(), null), 400,
                "SESSION_ENDED");
        assertError(post(path(w.study(), w.sessionId(), w.bob().id(), "kick"), w.ann().token(), null), 400,
                "SESSION_ENDED");
    }

    @Test
    void without_a_token_it_is_401() {
        World w = world();

        assertError(post(path(w.study(), w.sessionId(), w.bob().id(), "kick"), null, null), 401, "AUTH_REQUIRED");
        assertThat(steps.status(w.study(), w.ann()).get("participants").size()).isEqualTo(2);
    }
}
