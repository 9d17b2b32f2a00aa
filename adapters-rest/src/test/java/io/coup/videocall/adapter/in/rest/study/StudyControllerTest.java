package io.coup.videocall.adapter.in.rest.study;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import io.coup.videocall.application.port.in.study.CreateStudyCommand;
import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.domain.study.MemberStatus;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyRole;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StudyControllerTest extends HttpTestSupport {

    @Test
    void creating_a_study_answers_201_with_the_study_and_the_callers_role() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", """
                        {"id": "algo", "name": "Algorithms", "userId": "mallory", "founder": "mallory"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(content().json("""
                        {"study": {"id": "algo", "name": "Algorithms", "createdAt": "2025-11-19T10:30:00.000Z",
                                   "myRole": "OWNER"}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(CreateStudyCommand.class))
                .isEqualTo(new CreateStudyCommand(UserId.of("alice"), StudyId.of("algo"), "Algorithms"));
    }

    @Test
    void the_study_id_is_optional() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", "{\"name\": \"Algorithms\"}")).andExpect(status().isCreated());

        assertThat(useCases.last(CreateStudyCommand.class).studyId()).isNull();
    }

    @Test
    void a_blank_name_and_a_malformed_id_are_named_in_details_fields() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", "{\"id\": \"no spaces!\", \"name\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "error": "The request has invalid fields.",
                         "details": {"fields": {"id": "may contain only letters, digits, '_' and '-'",
                                                "name": "must not be blank"}}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.received()).isEmpty();
    }

    @Test
    void a_name_over_100_characters_is_invalid() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", "{\"name\": \"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"details\": {\"fields\": {\"name\": \"size must be between 0 and 100\"}}}"));
    }

    @Test
    void my_studies_lists_each_with_its_active_call_or_null() throws Exception {
        mvc.perform(getAs("alice", "/api/my-studies"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"studies": [
                          {"id": "algo", "name": "Algorithms", "role": "ADMIN", "status": "ACTIVE",
                           "activeCall": {"sessionId": "s-1", "roomId": "study-algo-s-1",
                                          "startedAt": "2025-11-19T10:30:00.000Z", "participantCount": 3}},
                          {"id": "quiet", "name": "Quiet", "role": "MEMBER", "status": "ACTIVE", "activeCall": null}
                        ]}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(UserId.class)).isEqualTo(UserId.of("alice"));
    }

    @Test
    void members_lists_the_active_members() throws Exception {
        mvc.perform(getAs("alice", "/api/studies/algo/members"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"members": [{"userId": "bob", "name": "Bob", "avatar": null, "role": "MEMBER",
                                      "status": "ACTIVE", "joinedAt": "2025-11-19T10:45:30.250Z"}]}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(StudyQuery.class)).isEqualTo(new StudyQuery(StudyId.of("algo"), UserId.of("alice")));
    }

    @Test
    void putting_a_member_passes_role_and_status_and_answers_the_member() throws Exception {
        mvc.perform(putAs("alice", "/api/studies/algo/members/bob", "{\"role\": \"ADMIN\", \"status\": \"BANNED\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"member": {"userId": "bob", "name": "Bob", "avatar": null, "role": "MEMBER",
                                    "status": "ACTIVE", "joinedAt": "2025-11-19T10:45:30.250Z"}}
                        """, JsonCompareMode.STRICT));
        assertThat(useCases.last(UpdateMemberCommand.class)).isEqualTo(new UpdateMemberCommand(StudyId.of("algo"),
                UserId.of("alice"), UserId.of("bob"), StudyRole.ADMIN, MemberStatus.BANNED));
    }

    @Test
    void putting_a_member_without_role_or_status_keeps_both() throws Exception {
        mvc.perform(putAs("alice", "/api/studies/algo/members/bob", "{}")).andExpect(status().isOk());

        UpdateMemberCommand command = useCases.last(UpdateMemberCommand.class);
        assertThat(command.role()).isNull();
        assertThat(command.status()).isNull();
    }

    @Test
    void an_unknown_role_is_a_bad_field() throws Exception {
        mvc.perform(putAs("alice", "/api/studies/algo/members/bob", "{\"role\": \"KING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"role": "has the wrong type or format"}}}
                        """));
    }

    @Test
    void deleting_a_member_answers_204_without_body() throws Exception {
        mvc.perform(deleteAs("alice", "/api/studies/algo/members/bob"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        assertThat(useCases.last(RemoveMemberCommand.class))
                .isEqualTo(new RemoveMemberCommand(StudyId.of("algo"), UserId.of("alice"), UserId.of("bob")));
    }

    @Test
    void a_user_id_in_the_path_that_cannot_be_an_id_is_400_with_the_field() throws Exception {
        mvc.perform(deleteAs("alice", "/api/studies/algo/members/{userId}", "u".repeat(65)))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST", "details": {"fields": {"userId": "must be at most 64 characters"}}}
                        """));
    }

    @Test
    void a_study_id_with_forbidden_characters_is_400_with_the_field() throws Exception {
        mvc.perform(getAs("alice", "/api/studies/{id}/members", "al.go"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"code": "INVALID_REQUEST",
                         "details": {"fields": {"studyId": "may contain only letters, digits, '_' and '-'"}}}
                        """));
    }

    @Test
    void a_json_array_instead_of_an_object_is_invalid() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", "[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("{\"code\": \"INVALID_REQUEST\", \"details\": {\"fields\": {\"body\": \"must be a JSON object\"}}}"));
    }

    @Test
    void a_wrong_content_type_is_415() throws Exception {
        mvc.perform(postAs("alice", "/api/studies", null).contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().json("{\"code\": \"UNSUPPORTED_MEDIA_TYPE\", \"details\": {}}"));
    }
}
