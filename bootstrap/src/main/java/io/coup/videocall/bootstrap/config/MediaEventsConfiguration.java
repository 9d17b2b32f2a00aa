package io.coup.videocall.bootstrap.config;

import io.coup.videocall.application.port.in.media.ReconcileCallUseCase;
import io.coup.videocall.application.port.in.media.ReconcileMediaUseCase;
import io.coup.videocall.application.port.out.CallNotifierPort;
import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.port.out.MediaCallsPort;
import io.coup.videocall.application.port.out.MediaProviderPort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.application.service.ReconcileCallService;
import io.coup.videocall.application.service.ReconcileMediaService;
import io.coup.videocall.application.service.RecordMediaEventsService;
import io.coup.videocall.bootstrap.media.MediaReconciliationSchedule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * What keeps attendance in step with a media server: the use cases behind the OpenVidu webhook and the periodic
 * reconciliation. Only with {@code coup.media.provider=openvidu}: a mesh call has no media server to agree with.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "coup.media", name = "provider", havingValue = "openvidu")
public class MediaEventsConfiguration {

    @Bean
    RecordMediaEventsService recordMediaEventsService(MediaCallsPort calls, LoadSessionPort sessions,
                                                      SaveSessionPort store, MediaProviderPort media,
                                                      CallNotifierPort notifier, Clock clock) {
        return new RecordMediaEventsService(calls, sessions, store, media, notifier, clock);
    }

    @Bean
    ReconcileCallService reconcileCallService(LoadSessionPort sessions, SaveSessionPort store, MediaProviderPort media,
                                              CallNotifierPort notifier, Clock clock,
                                              OpenViduReconciliationProperties properties) {
        return new ReconcileCallService(sessions, store, media, notifier, clock, properties.reconcileSettleTime());
    }

    /** Takes the transactional proxy of {@link ReconcileCallService}: one transaction per call. */
    @Bean
    ReconcileMediaService reconcileMediaService(MediaCallsPort calls, ReconcileCallUseCase reconcileCall) {
        return new ReconcileMediaService(calls, reconcileCall);
    }

    @Bean
    MediaReconciliationSchedule mediaReconciliationSchedule(ReconcileMediaUseCase reconcile,
                                                            OpenViduReconciliationProperties properties) {
        return new MediaReconciliationSchedule(reconcile, properties.reconcileInterval());
    }
}
