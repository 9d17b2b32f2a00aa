package io.coup.videocall.adapter.in.rest.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.coup.videocall.adapter.in.rest.media.MediaClientSettings.Features;
import io.coup.videocall.adapter.in.rest.media.MediaClientSettings.IceServer;
import io.coup.videocall.adapter.in.rest.media.MediaClientSettings.VideoConfig;
import io.coup.videocall.application.port.in.media.CallConnectionView;
import io.coup.videocall.application.port.in.media.MediaStatusView;
import io.coup.videocall.domain.call.MediaProvider;

import java.time.Instant;
import java.util.List;

/** Response bodies of the advanced API (SPEC §4.3). */
public final class AdvancedResponses {

    private AdvancedResponses() {
    }

    /** The public URLs of one answer: configured, or derived from the request. */
    record PublicUrls(String openviduServerUrl, String apiBaseUrl, String webSocketUrl) {
    }

    /** {@code configInfo}: everything of {@code GET /config} but the URLs. */
    public record ConfigInfo(MediaProvider mediaProvider, List<IceServerBody> iceServers,
                             VideoConfig defaultVideoConfig, List<String> supportedBrowsers, Features features,
                             int maxParticipants, Long tokenTtlSeconds, long tokenRefreshMarginSeconds) {

        static ConfigInfo of(MediaClientSettings s) {
            return new ConfigInfo(s.mediaProvider(), s.iceServers().stream().map(IceServerBody::of).toList(),
                    s.defaultVideoConfig(), s.supportedBrowsers(), s.features(), s.maxParticipants(), s.tokenTtlSeconds(),
                    s.tokenRefreshMarginSeconds());
        }
    }

    /** {@code {urls, username?, credential?}}: the optional fields are left out when not set, as WebRTC expects. */
    public record IceServerBody(List<String> urls,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String username,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String credential) {

        static IceServerBody of(IceServer server) {
            return new IceServerBody(server.urls(), server.username(), server.credential());
        }
    }

    /** {@code GET /config} */
    public record ConfigResponse(String openviduServerUrl, String apiBaseUrl, String webSocketUrl,
                                 MediaProvider mediaProvider, List<IceServerBody> iceServers,
                                 VideoConfig defaultVideoConfig, List<String> supportedBrowsers, Features features,
                                 int maxParticipants, Long tokenTtlSeconds, long tokenRefreshMarginSeconds) {

        static ConfigResponse of(MediaClientSettings s, PublicUrls urls) {
            ConfigInfo info = ConfigInfo.of(s);
            return new ConfigResponse(urls.openviduServerUrl(), urls.apiBaseUrl(), urls.webSocketUrl(), info.mediaProvider(),
                    info.iceServers(), info.defaultVideoConfig(), info.supportedBrowsers(), info.features(),
                    info.maxParticipants(), info.tokenTtlSeconds(), info.tokenRefreshMarginSeconds());
        }
    }

    /** QuickJoinResponse: everything a client needs to connect, from one call. */
    public record QuickJoinResponse(String sessionId, String sessionName, String studyId, String roomId, String username,
                                    String token, String connectionId, Instant expiresAt, MediaProvider mediaProvider,
                                    String openviduServerUrl, String apiBaseUrl, String webSocketUrl,
                                    @JsonProperty("isNewSession") boolean isNewSession,
                                    @JsonProperty("isTokenRefresh") boolean isTokenRefresh,
                                    @JsonProperty("isReconnection") boolean isReconnection,
                                    ConfigInfo configInfo) {

        /** What the connection was issued for; at most one flag is set. */
        enum Kind { JOIN, NEW_SESSION, TOKEN_REFRESH, RECONNECTION }

        static QuickJoinResponse of(CallConnectionView c, Kind kind, MediaClientSettings settings, PublicUrls urls) {
            return new QuickJoinResponse(c.session().id(), c.session().name(), c.session().studyId(), c.session().roomId(),
                    c.displayName(), c.token(), c.connectionId(), c.expiresAt(), c.session().mediaProvider(),
                    urls.openviduServerUrl(), urls.apiBaseUrl(), urls.webSocketUrl(), kind == Kind.NEW_SESSION,
                    kind == Kind.TOKEN_REFRESH, kind == Kind.RECONNECTION, ConfigInfo.of(settings));
        }
    }

    /** {@code GET /sessions/{sessionId}/status} */
    public record StatusResponse(String sessionId, String sessionName, String studyId,
                                 @JsonProperty("isActive") boolean isActive, int participantCount,
                                 List<ParticipantStatus> participants, Instant createdAt, MediaProvider mediaProvider) {

        static StatusResponse of(MediaStatusView v) {
            return new StatusResponse(v.sessionId(), v.sessionName(), v.studyId(), v.active(), v.participants().size(),
                    v.participants().stream().map(ParticipantStatus::of).toList(), v.createdAt(), v.mediaProvider());
        }
    }

    public record ParticipantStatus(String userId, String name, String connectionId, Instant joinedAt,
                                    @JsonProperty("isConnected") boolean isConnected,
                                    @JsonProperty("isMuted") boolean isMuted,
                                    @JsonProperty("isVideoOff") boolean isVideoOff,
                                    @JsonProperty("isSharing") boolean isSharing) {

        static ParticipantStatus of(MediaStatusView.Participant p) {
            return new ParticipantStatus(p.userId(), p.name(), p.connectionId(), p.joinedAt(), p.connected(), p.muted(),
                    p.videoOff(), p.sharing());
        }
    }
}
