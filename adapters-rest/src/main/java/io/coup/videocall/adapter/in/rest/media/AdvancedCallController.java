package io.coup.videocall.adapter.in.rest.media;

import io.coup.videocall.adapter.in.rest.ratelimit.RateLimitedPerUser;
import io.coup.videocall.adapter.in.rest.Caller;
import io.coup.videocall.adapter.in.rest.media.AdvancedResponses.ConfigResponse;
import io.coup.videocall.adapter.in.rest.media.AdvancedResponses.PublicUrls;
import io.coup.videocall.adapter.in.rest.media.AdvancedResponses.QuickJoinResponse;
import io.coup.videocall.adapter.in.rest.media.AdvancedResponses.StatusResponse;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand;
import io.coup.videocall.application.port.in.media.ConnectToCallCommand.Purpose;
import io.coup.videocall.application.port.in.media.ConnectToCallUseCase;
import io.coup.videocall.application.port.in.media.GetMediaStatusUseCase;
import io.coup.videocall.application.port.in.media.MediaStatusQuery;
import io.coup.videocall.application.port.in.media.QuickJoinCommand;
import io.coup.videocall.application.port.in.media.QuickJoinUseCase;
import io.coup.videocall.application.port.in.media.QuickJoinView;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * SPEC §4.3: everything a client needs to connect, from one call. Identity is the token's subject; {@code username}
 * is only a display name. Authorization is the study API's (same use cases, same codes).
 */
@Tag(name = "Video call (advanced)", description = "One-call join with a media token, client configuration, live status, "
        + "token refresh and reconnect")
@RestController
@RequestMapping("/api/video-call/advanced")
public class AdvancedCallController {

    private final QuickJoinUseCase quickJoin;
    private final ConnectToCallUseCase connectToCall;
    private final GetMediaStatusUseCase mediaStatus;
    private final MediaClientSettings settings;

    public AdvancedCallController(QuickJoinUseCase quickJoin, ConnectToCallUseCase connectToCall,
                                  GetMediaStatusUseCase mediaStatus, MediaClientSettings settings) {
        this.quickJoin = quickJoin;
        this.connectToCall = connectToCall;
        this.mediaStatus = mediaStatus;
        this.settings = settings;
    }

    @Operation(summary = "Join the study's call (starting one if allowed) and get a media token")
    @RateLimitedPerUser
    @PostMapping("/quick-join")
    QuickJoinResponse quickJoin(@Valid @RequestBody QuickJoinRequest body, @AuthenticationPrincipal Jwt jwt) {
        QuickJoinView view = quickJoin.quickJoin(new QuickJoinCommand(StudyId.of(body.studyId()), Caller.of(jwt),
                blankToNull(body.sessionName()), body.autoCreateSession() == null || body.autoCreateSession(),
                body.sessionId() == null || body.sessionId().isBlank() ? null : SessionId.of(body.sessionId()),
                blankToNull(body.username())));
        return QuickJoinResponse.of(view.connection(),
                view.newSession() ? QuickJoinResponse.Kind.NEW_SESSION : QuickJoinResponse.Kind.JOIN, settings, urls());
    }

    @Operation(summary = "Client configuration: public URLs, media provider, ICE servers, defaults, features")
    @GetMapping("/config")
    ConfigResponse config() {
        return ConfigResponse.of(settings, urls());
    }

    @Operation(summary = "The call's live state; at most a second old, and never older than its last change")
    @GetMapping("/sessions/{sessionId}/status")
    StatusResponse status(@PathVariable @Size(max = 64) String sessionId, @AuthenticationPrincipal Jwt jwt) {
        return StatusResponse.of(mediaStatus.status(new MediaStatusQuery(SessionId.of(sessionId), Caller.of(jwt))));
    }

    @Operation(summary = "A new token for someone in the call; the current connection and attendance are untouched")
    @PostMapping("/sessions/{sessionId}/refresh-token")
    QuickJoinResponse refreshToken(@PathVariable @Size(max = 64) String sessionId,
                                   @Parameter(description = "Display name only; the identity is the token's")
                                   @RequestParam(name = "username", required = false) @Size(max = 100) String username,
                                   @AuthenticationPrincipal Jwt jwt) {
        return connect(sessionId, username, Purpose.REFRESH, null, jwt, QuickJoinResponse.Kind.TOKEN_REFRESH);
    }

    @Operation(summary = "End the last connection and get a new one; within the reconnect grace attendance goes on")
    @RateLimitedPerUser
    @PostMapping("/sessions/{sessionId}/auto-reconnect")
    QuickJoinResponse autoReconnect(@PathVariable @Size(max = 64) String sessionId,
                                    @Parameter(description = "Display name only; the identity is the token's")
                                    @RequestParam(name = "username", required = false) @Size(max = 100) String username,
                                    @Parameter(description = "The caller's previous connection; ignored if gone or not theirs")
                                    @RequestParam(name = "lastConnectionId", required = false) @Size(max = 128)
                                    String lastConnectionId,
                                    @AuthenticationPrincipal Jwt jwt) {
        return connect(sessionId, username, Purpose.RECONNECT, blankToNull(lastConnectionId), jwt,
                QuickJoinResponse.Kind.RECONNECTION);
    }

    private QuickJoinResponse connect(String sessionId, String username, Purpose purpose, String lastConnectionId,
                                      Jwt jwt, QuickJoinResponse.Kind kind) {
        return QuickJoinResponse.of(connectToCall.connect(new ConnectToCallCommand(SessionId.of(sessionId), Caller.of(jwt),
                blankToNull(username), purpose, lastConnectionId)), kind, settings, urls());
    }

    /** Configured, else from this request (behind a proxy: its forwarded scheme, host and port). */
    private PublicUrls urls() {
        String api = settings.apiBaseUrl() != null ? settings.apiBaseUrl()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String socket = settings.webSocketUrl() != null ? settings.webSocketUrl()
                : ServletUriComponentsBuilder.fromCurrentContextPath().port(settings.webSocketPort())
                        .replacePath(settings.webSocketNamespace()).toUriString();
        return new PublicUrls(settings.openviduServerUrl(), api, socket);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
