package io.coup.videocall.adapter.in.rest.media;

import io.coup.videocall.domain.call.MediaProvider;

import java.util.List;
import java.util.Objects;

/**
 * What {@code GET /api/video-call/advanced/config} and every QuickJoinResponse tell clients, all from configuration
 * (assembled by the bootstrap). A public URL that is not configured is derived from the request, which honours
 * {@code X-Forwarded-*} / {@code Forwarded} headers.
 *
 * @param apiBaseUrl the API's public base URL, or null to derive it from the request
 * @param webSocketUrl the Socket.IO URL (with its namespace), or null to derive it: the request's scheme and host,
 *                     {@code webSocketPort}, {@code webSocketNamespace}
 * @param openviduServerUrl the OpenVidu deployment clients connect to; null with the mesh provider
 * @param tokenTtlSeconds how long a token is accepted (mesh tickets); null when it lives as long as the call (OpenVidu)
 * @param tokenRefreshMarginSeconds how long before {@code expiresAt} a client should refresh its token
 */
public record MediaClientSettings(MediaProvider mediaProvider, String apiBaseUrl, String webSocketUrl, int webSocketPort,
                                  String webSocketNamespace, String openviduServerUrl, List<IceServer> iceServers,
                                  VideoConfig defaultVideoConfig, List<String> supportedBrowsers, Features features,
                                  int maxParticipants, Long tokenTtlSeconds, long tokenRefreshMarginSeconds) {

    public MediaClientSettings {
        Objects.requireNonNull(mediaProvider, "mediaProvider");
        Objects.requireNonNull(webSocketNamespace, "webSocketNamespace");
        iceServers = List.copyOf(iceServers);
        supportedBrowsers = List.copyOf(supportedBrowsers);
        Objects.requireNonNull(defaultVideoConfig, "defaultVideoConfig");
        Objects.requireNonNull(features, "features");
    }

    /** One entry of WebRTC's {@code iceServers}; username and credential only for TURN. */
    public record IceServer(List<String> urls, String username, String credential) {
    }

    public record VideoConfig(String resolution, int frameRate, boolean publishAudio, boolean publishVideo) {
    }

    public record Features(boolean chatEnabled, boolean screenShareEnabled, boolean recordingEnabled,
                           boolean virtualBackgroundEnabled) {
    }
}
