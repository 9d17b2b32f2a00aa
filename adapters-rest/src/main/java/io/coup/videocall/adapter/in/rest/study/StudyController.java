package io.coup.videocall.adapter.in.rest.study;

import io.coup.videocall.adapter.in.rest.Caller;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MemberResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MembersResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.MyStudiesResponse;
import io.coup.videocall.adapter.in.rest.study.StudyResponses.StudyResponse;
import io.coup.videocall.application.port.in.study.CreateStudyCommand;
import io.coup.videocall.application.port.in.study.CreateStudyUseCase;
import io.coup.videocall.application.port.in.study.ListMembersUseCase;
import io.coup.videocall.application.port.in.study.ListMyStudiesUseCase;
import io.coup.videocall.application.port.in.study.RemoveMemberCommand;
import io.coup.videocall.application.port.in.study.RemoveMemberUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.application.port.in.study.UpdateMemberCommand;
import io.coup.videocall.application.port.in.study.UpdateMemberUseCase;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Studies", description = "Studies and their membership")
@RestController
public class StudyController {

    private final CreateStudyUseCase createStudy;
    private final ListMyStudiesUseCase myStudies;
    private final ListMembersUseCase listMembers;
    private final UpdateMemberUseCase updateMember;
    private final RemoveMemberUseCase removeMember;
    private final StudyRestMapper mapper;

    public StudyController(CreateStudyUseCase createStudy, ListMyStudiesUseCase myStudies, ListMembersUseCase listMembers,
                           UpdateMemberUseCase updateMember, RemoveMemberUseCase removeMember, StudyRestMapper mapper) {
        this.createStudy = createStudy;
        this.myStudies = myStudies;
        this.listMembers = listMembers;
        this.updateMember = updateMember;
        this.removeMember = removeMember;
        this.mapper = mapper;
    }

    @Operation(summary = "Create a study; the caller becomes its active owner (409 STUDY_ALREADY_EXISTS if the id is taken)")
    @PostMapping("/api/studies")
    @ResponseStatus(HttpStatus.CREATED)
    StudyResponse create(@Valid @RequestBody CreateStudyRequest body, @AuthenticationPrincipal Jwt jwt) {
        StudyId id = body.id() == null ? null : StudyId.of(body.id());
        return mapper.toStudyResponse(createStudy.create(new CreateStudyCommand(Caller.of(jwt), id, body.name())));
    }

    @Operation(summary = "The studies in which the caller is an active member, each with its call in progress")
    @GetMapping("/api/my-studies")
    MyStudiesResponse myStudies(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toMyStudiesResponse(myStudies.myStudies(Caller.of(jwt)));
    }

    @Operation(summary = "The study's active members")
    @GetMapping("/api/studies/{studyId}/members")
    MembersResponse members(@PathVariable String studyId, @AuthenticationPrincipal Jwt jwt) {
        return mapper.toMembersResponse(listMembers.members(new StudyQuery(StudyId.of(studyId), Caller.of(jwt))));
    }

    @Operation(summary = "Add a member or change their role or status (moderators; owners for owner/admin changes)")
    @PutMapping("/api/studies/{studyId}/members/{userId}")
    MemberResponse updateMember(@PathVariable String studyId, @PathVariable String userId,
                                @Valid @RequestBody(required = false) UpdateMemberRequest body,
                                @AuthenticationPrincipal Jwt jwt) {
        UpdateMemberRequest change = body != null ? body : new UpdateMemberRequest(null, null);
        UpdateMemberCommand command = new UpdateMemberCommand(StudyId.of(studyId), Caller.of(jwt), UserId.of(userId),
                change.role(), change.status());
        return mapper.toMemberResponse(updateMember.update(command));
    }

    @Operation(summary = "Remove a member (moderators, or the member themself)")
    @DeleteMapping("/api/studies/{studyId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable String studyId, @PathVariable String userId, @AuthenticationPrincipal Jwt jwt) {
        removeMember.remove(new RemoveMemberCommand(StudyId.of(studyId), Caller.of(jwt), UserId.of(userId)));
    }
}
