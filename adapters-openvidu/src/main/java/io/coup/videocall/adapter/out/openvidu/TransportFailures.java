package io.coup.videocall.adapter.out.openvidu;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

import java.io.IOException;

/**
 * Remembers, per thread, the I/O failure of the last HTTP exchange. openvidu-java-client flattens every transport
 * failure into an {@code OpenViduJavaClientException} carrying only a message; whether the request left this
 * machine at all (connection refused) or went unanswered (read timeout) decides whether a non-idempotent call may
 * be retried, so this interceptor keeps the original exception. Calls are synchronous: the thread that asked is the
 * thread that failed.
 */
final class TransportFailures implements ExecChainHandler {

    private final ThreadLocal<IOException> last = new ThreadLocal<>();

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        try {
            return chain.proceed(request, scope);
        } catch (IOException e) {
            last.set(e);
            throw e;
        }
    }

    void clear() {
        last.remove();
    }

    /** The I/O failure of this thread's last exchange since {@link #clear()}, or null. */
    IOException last() {
        return last.get();
    }
}
