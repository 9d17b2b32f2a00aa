package io.coup.videocall.adapter.out.openvidu;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenVidu media provider's beans, present only with {@code coup.media.provider=openvidu}: the client, the
 * {@code MediaProviderPort} and the {@code openvidu} health contributor. Needs {@code coup.openvidu.url} and
 * {@code coup.openvidu.secret}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "coup.media", name = "provider", havingValue = "openvidu")
@EnableConfigurationProperties(OpenViduProperties.class)
public class OpenViduConfiguration {

    @Bean
    TransportFailures openViduTransportFailures() {
        return new TransportFailures();
    }

    @Bean
    OpenViduClient openViduClient(OpenViduProperties properties, TransportFailures transportFailures) {
        return OpenViduClient.create(properties, transportFailures);
    }

    @Bean
    OpenViduMediaProvider openViduMediaProvider(OpenViduClient client, OpenViduProperties properties,
                                                TransportFailures transportFailures) {
        return new OpenViduMediaProvider(client,
                new OpenViduCalls(properties.retry(), transportFailures, OpenViduCalls.Sleeper.THREAD));
    }

    @Bean
    OpenViduHealthIndicator openviduHealthIndicator(OpenViduClient client, TransportFailures transportFailures,
                                                    OpenViduProperties properties) {
        return new OpenViduHealthIndicator(client, transportFailures, properties.url().toString());
    }
}
