package io.coup.videocall.adapter.in.rest.openvidu;

import io.coup.videocall.adapter.in.rest.error.InvalidRequestException;
import io.coup.videocall.application.port.in.media.MediaEventOutcome;
import io.coup.videocall.application.port.in.media.MediaLeaveCommand;
import io.coup.videocall.application.port.in.media.MediaRoomClosedCommand;
import io.coup.videocall.application.port.in.media.RecordMediaLeaveUseCase;
import io.coup.videocall.application.port.in.media.RecordMediaRoomClosedUseCase;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenVidu 2's webhook (SPEC §6.6). Not behind a JWT: OpenVidu authenticates with the shared header of
 * {@link OpenViduWebhookProperties}, checked before the body is read (missing or wrong: 401 AUTH_REQUIRED). Exists
 * only with {@code coup.media.provider=openvidu}; otherwise the path answers 404.
 * <p>Every event we accept is answered 200 with no body, also the ones we ignore (other event types, rooms or
 * people that are not ours, repeated or late reports): OpenVidu expects a 200 and logs anything else as a failed
 * delivery. A body that is not a webhook event, or lacks a field the event needs, is 400.
 */
@Tag(name = "OpenVidu webhook")
@RestController
@ConditionalOnProperty(prefix = "coup.media", name = "provider", havingValue = "openvidu")
@EnableConfigurationProperties(OpenViduWebhookProperties.class)
public class OpenViduWebhookController {

    private static final Logger log = LoggerFactory.getLogger(OpenViduWebhookController.class);

    private final RecordMediaLeaveUseCase recordLeave;
    private final RecordMediaRoomClosedUseCase recordRoomClosed;
    private final JsonMapper json;
    private final String headerName;
    private final WebhookSecret secret;

    public OpenViduWebhookController(RecordMediaLeaveUseCase recordLeave, RecordMediaRoomClosedUseCase recordRoomClosed,
                                     JsonMapper json, OpenViduWebhookProperties properties) {
        this.recordLeave = recordLeave;
        this.recordRoomClosed = recordRoomClosed;
        this.json = json;
        this.headerName = properties.headerName();
        this.secret = new WebhookSecret(properties.secret());
    }

    @Operation(summary = "OpenVidu 2 webhook: participantLeft closes attendance, sessionDestroyed ends the call",
            description = "Authenticated by the shared header coup.openvidu.webhook.header-name, not by a JWT.")
    @SecurityRequirements
    @PostMapping("/api/openvidu/webhook")
    ResponseEntity<Void> receive(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        if (!secret.matches(request.getHeader(headerName))) {
            throw new WebhookAuthenticationException();
        }
        OpenViduWebhookEvent event = parse(body);
        switch (event.event()) {
            case "participantLeft" -> participantLeft(event);
            case "sessionDestroyed" -> sessionDestroyed(event);
            default -> log.debug("OpenVidu webhook {} ignored", event.event());
        }
        return ResponseEntity.ok().build();
    }

    private void participantLeft(OpenViduWebhookEvent event) {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("participantId", event.participantId());
        own.put("reason", event.reason());
        require(event, own);
        Optional<UserId> user = userOf(event.serverData());
        if (user.isEmpty()) {
            log.info("OpenVidu participantLeft of connection {} in {} ignored: not a connection of ours",
                    event.participantId(), event.sessionId());
            return;
        }
        MediaEventOutcome outcome = recordLeave.recordLeave(new MediaLeaveCommand(event.sessionId(),
                event.participantId(), user.get(), Instant.ofEpochMilli(event.timestamp()),
                OpenViduLeaveReasons.of(event.reason())));
        log.info("OpenVidu participantLeft ({}) of {} [{}] in {}: {}", event.reason(), user.get(),
                event.participantId(), event.sessionId(), outcome);
    }

    private void sessionDestroyed(OpenViduWebhookEvent event) {
        require(event, Map.of());
        MediaEventOutcome outcome = recordRoomClosed.recordRoomClosed(
                new MediaRoomClosedCommand(event.sessionId(), Instant.ofEpochMilli(event.timestamp())));
        log.info("OpenVidu sessionDestroyed ({}) of {}: {}", event.reason(), event.sessionId(), outcome);
    }

    private OpenViduWebhookEvent parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException(Map.of("body", "must be an OpenVidu webhook event"));
        }
        try {
            OpenViduWebhookEvent event = json.readValue(body, OpenViduWebhookEvent.class);
            if (event == null || event.event() == null || event.event().isBlank()) {
                throw new InvalidRequestException(Map.of("event", "is required"));
            }
            return event;
        } catch (JacksonException e) {
            throw new InvalidRequestException(Map.of("body", "must be an OpenVidu webhook event (JSON)"));
        }
    }

    /** sessionId and timestamp, which every handled event has, and the event's own required fields. */
    private static void require(OpenViduWebhookEvent event, Map<String, String> eventFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sessionId", event.sessionId());
        fields.put("timestamp", event.timestamp() == null ? null : event.timestamp().toString());
        fields.putAll(eventFields);
        Map<String, String> missing = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                missing.put(name, "is required");
            }
        });
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
    }

    /** The user of a connection we issued: {@code userId} of its data; empty for anyone else's connection. */
    private Optional<UserId> userOf(String serverData) {
        if (serverData == null || serverData.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode userId = json.readTree(serverData).get("userId");
            return userId != null && userId.isString() ? Optional.of(UserId.of(userId.asString())) : Optional.empty();
        } catch (JacksonException | InvalidValueException e) {
            return Optional.empty();
        }
    }
}
