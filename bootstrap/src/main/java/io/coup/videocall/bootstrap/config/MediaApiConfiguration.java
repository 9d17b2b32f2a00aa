package io.coup.videocall.bootstrap.config;

import io.coup.videocall.adapter.in.rest.media.MediaClientSettings;
import io.coup.videocall.adapter.in.signaling.MeshMediaProperties;
import io.coup.videocall.adapter.in.signaling.SignalingProperties;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.service.CallViews;
import io.coup.videocall.application.service.EvictingSessionStore;
import io.coup.videocall.application.service.GetMediaStatusService;
import io.coup.videocall.application.service.SessionStatusCache;
import io.coup.videocall.application.service.StudyAccess;
import io.coup.videocall.bootstrap.metrics.CountingSessionStore;
import io.coup.videocall.domain.call.MediaProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** The advanced API's side of the wiring: what clients are told, and the status answers with their cache. */
@Configuration(proxyBeanMethods = false)
public class MediaApiConfiguration {

    @Bean
    SessionStatusCache sessionStatusCache(CoupProperties properties) {
        return new SessionStatusCache(properties.media().statusCacheTtl(), System::nanoTime);
    }

    /** Every use case saves calls through this: a save drops the call's cached status, and is counted. */
    @Bean
    @Primary
    EvictingSessionStore evictingSessionStore(CountingSessionStore store, SessionStatusCache cache) {
        return new EvictingSessionStore(store, cache);
    }

    @Bean
    GetMediaStatusService getMediaStatusService(StudyAccess access, LoadSessionPort sessions, CallViews views,
                                                MediaProviderPort media, SessionStatusCache cache) {
        return new GetMediaStatusService(access, sessions, views, media, cache);
    }

    /**
     * The provider is the media port's (what calls are started with); the OpenVidu URL defaults to
     * {@code coup.openvidu.url}; a token's lifetime is the mesh ticket's (OpenVidu tokens live as long as the call).
     */
    @Bean
    MediaClientSettings mediaClientSettings(CoupProperties properties, MediaProviderPort media,
                                            SignalingProperties signaling, ObjectProvider<MeshMediaProperties> mesh,
                                            Environment environment) {
        CoupProperties.Client client = properties.media().client();
        boolean openVidu = media.provider() == MediaProvider.OPENVIDU;
        String openViduUrl = !openVidu ? null
                : client.openviduServerUrl() != null ? client.openviduServerUrl() : environment.getProperty("coup.openvidu.url");
        MeshMediaProperties tickets = mesh.getIfAvailable();
        Long tokenTtl = openVidu || tickets == null ? null : tickets.ticketTtl().toSeconds();
        return new MediaClientSettings(media.provider(), client.apiBaseUrl(), client.webSocketUrl(), signaling.port(),
                SignalingProperties.NAMESPACE, openViduUrl,
                client.iceServers().stream()
                        .map(s -> new MediaClientSettings.IceServer(s.urls(), s.username(), s.credential())).toList(),
                new MediaClientSettings.VideoConfig(client.defaultVideo().resolution(), client.defaultVideo().frameRate(),
                        client.defaultVideo().publishAudio(), client.defaultVideo().publishVideo()),
                client.supportedBrowsers(),
                new MediaClientSettings.Features(client.features().chatEnabled(), client.features().screenShareEnabled(),
                        client.features().recordingEnabled(), client.features().virtualBackgroundEnabled()),
                properties.calls().maxParticipants(), tokenTtl, client.tokenRefreshMargin().toSeconds());
    }
}
