package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.Caller;
import io.coup.videocall.adapter.in.rest.call.CallResponses.CallStatusResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.HistoryResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.JoinResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.LeaveResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionDetailResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionResponse;
import io.coup.videocall.adapter.in.rest.ratelimit.RateLimitedPerUser;
import io.coup.videocall.application.port.in.call.AttendanceReport;
import io.coup.videocall.application.port.in.call.CallHistoryQuery;
import io.coup.videocall.application.port.in.call.EndCallUseCase;
import io.coup.videocall.application.port.in.call.ExportAttendanceUseCase;
import io.coup.videocall.application.port.in.call.GetCallHistoryUseCase;
import io.coup.videocall.application.port.in.call.GetCallStatusUseCase;
import io.coup.videocall.application.port.in.call.GetSessionDetailUseCase;
import io.coup.videocall.application.port.in.call.JoinCallUseCase;
import io.coup.videocall.application.port.in.call.KickParticipantUseCase;
import io.coup.videocall.application.port.in.call.LeaveCallUseCase;
import io.coup.videocall.application.port.in.call.ModerateParticipantCommand;
import io.coup.videocall.application.port.in.call.MuteParticipantUseCase;
import io.coup.videocall.application.port.in.call.SessionCommand;
import io.coup.videocall.application.port.in.call.StartCallCommand;
import io.coup.videocall.application.port.in.call.StartCallResult;
import io.coup.videocall.application.port.in.call.StartCallUseCase;
import io.coup.videocall.application.port.in.study.StudyQuery;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

@Tag(name = "Video call", description = "Start, join, leave and end a study's call; history and attendance")
@RestController
@RequestMapping("/api/my-studies/{studyId}/video-call")
public class CallController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StartCallUseCase startCall;
    private final GetCallStatusUseCase callStatus;
    private final JoinCallUseCase joinCall;
    private final LeaveCallUseCase leaveCall;
    private final GetCallHistoryUseCase callHistory;
    private final GetSessionDetailUseCase sessionDetail;
    private final ExportAttendanceUseCase exportAttendance;
    private final EndCallUseCase endCall;
    private final MuteParticipantUseCase muteParticipant;
    private final KickParticipantUseCase kickParticipant;
    private final CallRestMapper mapper;

    public CallController(StartCallUseCase startCall, GetCallStatusUseCase callStatus, JoinCallUseCase joinCall,
                          LeaveCallUseCase leaveCall, GetCallHistoryUseCase callHistory,
                          GetSessionDetailUseCase sessionDetail, ExportAttendanceUseCase exportAttendance,
                          EndCallUseCase endCall, MuteParticipantUseCase muteParticipant,
                          KickParticipantUseCase kickParticipant, CallRestMapper mapper) {
        this.startCall = startCall;
        this.callStatus = callStatus;
        this.joinCall = joinCall;
        this.leaveCall = leaveCall;
        this.callHistory = callHistory;
        this.sessionDetail = sessionDetail;
        this.exportAttendance = exportAttendance;
        this.endCall = endCall;
        this.muteParticipant = muteParticipant;
        this.kickParticipant = kickParticipant;
        this.mapper = mapper;
    }

    @Operation(summary = "Start the study's call, or get the one in progress")
    @ApiResponse(responseCode = "201", description = "A call was started")
    @ApiResponse(responseCode = "200", description = "A call was already in progress; it is returned with a message")
    @RateLimitedPerUser
    @PostMapping("/start")
    ResponseEntity<SessionResponse> start(@PathVariable String studyId,
                                          @Valid @RequestBody(required = false) StartCallRequest body,
                                          @AuthenticationPrincipal Jwt jwt) {
        String name = body == null || body.name() == null || body.name().isBlank() ? null : body.name().strip();
        StartCallResult result = startCall.start(new StartCallCommand(StudyId.of(studyId), Caller.of(jwt), name));
        if (result.created()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new SessionResponse(mapper.toBody(result.session())));
        }
        return ResponseEntity.ok(new SessionResponse(mapper.toBody(result.session()), CallResponses.ALREADY_IN_PROGRESS));
    }

    @Operation(summary = "The call in progress with who is in it, or {\"session\": null}")
    @GetMapping("/status")
    CallStatusResponse status(@PathVariable String studyId, @AuthenticationPrincipal Jwt jwt) {
        return new CallStatusResponse(callStatus.status(new StudyQuery(StudyId.of(studyId), Caller.of(jwt)))
                .map(mapper::toLiveSession)
                .orElse(null));
    }

    @Operation(summary = "Join the call (idempotent while present; a returning participant gets a new segment)")
    @RateLimitedPerUser
    @PostMapping("/join")
    JoinResponse join(@PathVariable String studyId, @Valid @RequestBody SessionIdRequest body,
                      @AuthenticationPrincipal Jwt jwt) {
        return new JoinResponse(mapper.toBody(joinCall.join(command(studyId, body.sessionId(), jwt))));
    }

    @Operation(summary = "Leave the call; the call ends when nobody is left. Leaving twice is harmless")
    @PostMapping("/leave")
    LeaveResponse leave(@PathVariable String studyId, @Valid @RequestBody SessionIdRequest body,
                        @AuthenticationPrincipal Jwt jwt) {
        leaveCall.leave(command(studyId, body.sessionId(), jwt));
        return new LeaveResponse(true);
    }

    @Operation(summary = "The study's calls, newest first, optionally within dates (inclusive)")
    @GetMapping("/history")
    HistoryResponse history(@PathVariable String studyId,
                            @RequestParam(name = "page", defaultValue = "1") @Min(1) int page,
                            @RequestParam(name = "limit", defaultValue = "20") @Min(1) @Max(CallHistoryQuery.MAX_LIMIT) int limit,
                            @Parameter(description = "A date (2025-11-19) or an ISO-8601 instant")
                            @RequestParam(name = "startDate", required = false) String startDate,
                            @Parameter(description = "A date (through the end of that day) or an ISO-8601 instant")
                            @RequestParam(name = "endDate", required = false) String endDate,
                            @Parameter(description = "Time zone in which dates are read; default UTC")
                            @RequestParam(name = "tz", required = false) String tz,
                            @AuthenticationPrincipal Jwt jwt) {
        HistoryRange range = HistoryRange.parse(startDate, endDate, tz);
        CallHistoryQuery query = new CallHistoryQuery(StudyId.of(studyId), Caller.of(jwt), page, limit,
                range.from(), range.until());
        return mapper.toHistory(callHistory.history(query));
    }

    @Operation(summary = "One call with every participant's attendance segments")
    @GetMapping("/sessions/{sessionId}")
    SessionDetailResponse session(@PathVariable String studyId, @PathVariable String sessionId,
                                  @AuthenticationPrincipal Jwt jwt) {
        return new SessionDetailResponse(mapper.toDetail(sessionDetail.detail(command(studyId, sessionId, jwt))));
    }

    @Operation(summary = "Attendance report, one row per attendance segment")
    @ApiResponse(responseCode = "200", description = "CSV: userId,name,joinedAt,leftAt,seconds,leaveReason",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/sessions/{sessionId}/attendance.csv")
    ResponseEntity<byte[]> attendance(@PathVariable String studyId, @PathVariable String sessionId,
                                      @AuthenticationPrincipal Jwt jwt) {
        AttendanceReport report = exportAttendance.attendance(command(studyId, sessionId, jwt));
        String filename = "attendance-" + sessionId.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(AttendanceCsv.render(report).getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "End the call for everyone (moderators or the call's starter)")
    @PostMapping("/sessions/{sessionId}/end")
    SessionResponse end(@PathVariable String studyId, @PathVariable String sessionId, @AuthenticationPrincipal Jwt jwt) {
        return new SessionResponse(mapper.toBody(endCall.end(command(studyId, sessionId, jwt))));
    }

    @Operation(summary = "Ask a participant's clients to mute themselves (moderators); they get video:force-mute")
    @ApiResponse(responseCode = "202", description = "The request was sent to the participant's sockets")
    @PostMapping("/sessions/{sessionId}/participants/{userId}/mute")
    ResponseEntity<Void> mute(@PathVariable String studyId, @PathVariable String sessionId, @PathVariable String userId,
                              @AuthenticationPrincipal Jwt jwt) {
        muteParticipant.mute(moderation(studyId, sessionId, userId, jwt));
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Remove a participant from the call for good (moderators); they get video:kicked")
    @ApiResponse(responseCode = "202", description = "The participant was removed; their segment closed as KICKED")
    @PostMapping("/sessions/{sessionId}/participants/{userId}/kick")
    ResponseEntity<Void> kick(@PathVariable String studyId, @PathVariable String sessionId, @PathVariable String userId,
                              @AuthenticationPrincipal Jwt jwt) {
        kickParticipant.kick(moderation(studyId, sessionId, userId, jwt));
        return ResponseEntity.accepted().build();
    }

    private static ModerateParticipantCommand moderation(String studyId, String sessionId, String userId, Jwt jwt) {
        return new ModerateParticipantCommand(StudyId.of(studyId), SessionId.of(sessionId), Caller.of(jwt),
                UserId.of(userId));
    }

    private static SessionCommand command(String studyId, String sessionId, Jwt jwt) {
        return new SessionCommand(StudyId.of(studyId), SessionId.of(sessionId), Caller.of(jwt));
    }
}
