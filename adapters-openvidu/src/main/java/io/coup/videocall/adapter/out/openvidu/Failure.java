package io.coup.videocall.adapter.out.openvidu;

import io.openvidu.java.client.OpenViduException;
import io.openvidu.java.client.OpenViduHttpException;
import org.apache.hc.client5.http.ConnectTimeoutException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * One failed call to OpenVidu, classified by what it tells us about the server's state.
 *
 * @param kind what happened
 * @param status the HTTP status, or 0 when no answer came
 * @param description for the logs
 */
record Failure(Kind kind, int status, String description) {

    enum Kind {
        /** The request never reached the server (connection refused, connect timeout, unknown host). */
        NOT_SENT,
        /** The request was sent and no answer came in time: the server may or may not have acted on it. */
        TIMED_OUT,
        /** Another I/O failure after the request may have been sent (reset, truncated answer). */
        BROKEN,
        /** 503: the server (or its proxy) refused to take the request on. */
        UNAVAILABLE,
        /** Another 5xx: the server failed while handling the request. */
        SERVER_ERROR,
        /** 401/403: our secret is wrong; repeating will not help. */
        UNAUTHORIZED,
        /** Another 4xx: a definitive answer about the request (404 unknown session, ...). */
        REJECTED
    }

    static Failure of(OpenViduException exception, IOException transport) {
        if (exception instanceof OpenViduHttpException http) {
            int status = http.getStatus();
            String description = "HTTP " + status;
            if (status == 503) {
                return new Failure(Kind.UNAVAILABLE, status, description);
            }
            if (status >= 500) {
                return new Failure(Kind.SERVER_ERROR, status, description);
            }
            if (status == 401 || status == 403) {
                return new Failure(Kind.UNAUTHORIZED, status, description);
            }
            return new Failure(Kind.REJECTED, status, description);
        }
        if (transport == null) {
            return new Failure(Kind.BROKEN, 0, "client error: " + exception.getMessage());
        }
        String description = transport.getClass().getSimpleName() + ": " + transport.getMessage();
        if (transport instanceof ConnectTimeoutException || transport instanceof ConnectException
                || transport instanceof UnknownHostException || transport instanceof NoRouteToHostException) {
            return new Failure(Kind.NOT_SENT, 0, description);
        }
        if (transport instanceof SocketTimeoutException) {
            return new Failure(Kind.TIMED_OUT, 0, description);
        }
        return new Failure(Kind.BROKEN, 0, description);
    }

    /** Worth another try for a call that may be repeated safely. */
    boolean isTransient() {
        return kind != Kind.UNAUTHORIZED && kind != Kind.REJECTED;
    }

    /** The server certainly did not act on the request, so even a non-idempotent call may be repeated. */
    boolean certainlyNotProcessed() {
        return kind == Kind.NOT_SENT || kind == Kind.UNAVAILABLE;
    }

    @Override
    public String toString() {
        return kind + " (" + description + ")";
    }
}
