package io.coup.videocall.adapter.out.openvidu;

import io.openvidu.java.client.OpenVidu;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * openvidu-java-client's {@link OpenVidu} with the HTTP client we configure: our timeouts, no hidden retries of
 * its own (ours are counted and bounded), the Basic credentials sent with every request instead of after a 401
 * challenge (one round trip per call), pooled connections checked before reuse, certificate checks left on, and
 * the transport-failure recorder. Closing it
 * releases the connection pool.
 */
final class OpenViduClient extends OpenVidu implements AutoCloseable {

    static final String USER = "OPENVIDUAPP";

    private OpenViduClient(String baseUrl, String secret, HttpClientBuilder builder) {
        super(baseUrl, secret, builder);
    }

    static OpenViduClient create(OpenViduProperties properties, TransportFailures failures) {
        Timeout connect = Timeout.of(properties.connectTimeout());
        Timeout read = Timeout.of(properties.readTimeout());
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                // check a pooled connection before reusing it: a server that went away is then
                                // seen as refusing (nothing sent, safe to retry), not as a request left unanswered
                                .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                                .build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(50)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .build())
                .setDefaultHeaders(List.of(new BasicHeader(HttpHeaders.AUTHORIZATION, basicAuth(properties.secret()))))
                .disableAutomaticRetries()
                .disableCookieManagement()
                .addExecInterceptorFirst("coup-transport-failures", failures);
        return new OpenViduClient(properties.baseUrl(), properties.secret(), builder);
    }

    static String basicAuth(String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }
}
