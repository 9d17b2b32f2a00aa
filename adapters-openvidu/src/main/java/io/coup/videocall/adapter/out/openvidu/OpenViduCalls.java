package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.application.port.out.MediaServerUnavailableException;
import io.openvidu.java.client.OpenViduHttpException;
import io.openvidu.java.client.OpenViduJavaClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Runs one openvidu-java-client call with bounded retries and exponential backoff. A call is repeated only when its
 * {@link Repeat} rule allows it for the failure seen; when the attempts run out, or the failure may not be repeated,
 * the caller gets a {@link MediaServerUnavailableException}. Definitive 4xx answers come back as
 * {@link OpenViduRejection} for the caller to interpret.
 */
final class OpenViduCalls {

    private static final Logger log = LoggerFactory.getLogger(OpenViduCalls.class);

    /** When a failed call may be sent again. */
    enum Repeat {
        /** Repeating cannot do anything twice (reads, create with our customSessionId, deletes). */
        IDEMPOTENT(Failure::isTransient),
        /** Repeating could do it twice: only when the server certainly did not act on the first try. */
        ONLY_IF_NOT_PROCESSED(Failure::certainlyNotProcessed);

        private final Predicate<Failure> allows;

        Repeat(Predicate<Failure> allows) {
            this.allows = allows;
        }
    }

    @FunctionalInterface
    interface Call<T> {
        T run() throws OpenViduJavaClientException, OpenViduHttpException;
    }

    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final OpenViduProperties.Retry retry;
    private final TransportFailures transport;
    private final Sleeper sleeper;

    OpenViduCalls(OpenViduProperties.Retry retry, TransportFailures transport, Sleeper sleeper) {
        this.retry = retry;
        this.transport = transport;
        this.sleeper = sleeper;
    }

    <T> T call(String operation, Repeat repeat, Call<T> call) throws OpenViduRejection {
        for (int attempt = 1; ; attempt++) {
            transport.clear();
            Failure failure;
            Exception cause;
            try {
                return call.run();
            } catch (OpenViduHttpException | OpenViduJavaClientException e) {
                failure = Failure.of(e, transport.last());
                cause = e;
            } catch (RuntimeException e) {
                // the client choked on an answer it did not expect (a proxy's page, a missing field): no retry helps
                log.error("Unexpected answer from OpenVidu on {}", operation, e);
                throw new MediaServerUnavailableException(operation + ": unexpected answer from OpenVidu: " + e, e);
            } finally {
                transport.clear();
            }
            switch (failure.kind()) {
                case REJECTED -> throw new OpenViduRejection(operation, failure.status(), cause);
                case UNAUTHORIZED -> {
                    log.error("OpenVidu refused our credentials on {}: {} (check coup.openvidu.secret)", operation, failure);
                    throw new MediaServerUnavailableException(operation + ": credentials refused, " + failure, cause);
                }
                default -> {
                    // transient: retried below if the rule and the budget allow
                }
            }
            if (!repeat.allows.test(failure)) {
                log.warn("OpenVidu {} failed and is not repeated, since the server may have acted on it: {}", operation, failure);
                throw new MediaServerUnavailableException(operation + " failed after " + attempt + " attempt(s), not repeated: " + failure, cause);
            }
            if (attempt >= retry.attempts()) {
                log.warn("OpenVidu {} failed {} time(s), giving up: {}", operation, attempt, failure);
                throw new MediaServerUnavailableException(operation + " failed after " + attempt + " attempt(s): " + failure, cause);
            }
            Duration backoff = retry.backoffAfter(attempt);
            log.info("OpenVidu {} failed (attempt {} of {}): {}; retrying in {} ms", operation, attempt, retry.attempts(),
                    failure, backoff.toMillis());
            pause(operation, backoff, cause);
        }
    }

    /** For callers that expect no 4xx worth interpreting: any rejection means the server cannot serve us. */
    <T> T callExpectingSuccess(String operation, Repeat repeat, Call<T> call) {
        try {
            return call(operation, repeat, call);
        } catch (OpenViduRejection e) {
            throw unexpected(e);
        }
    }

    static MediaServerUnavailableException unexpected(OpenViduRejection rejection) {
        log.error("Unexpected answer from OpenVidu: {}", rejection.getMessage());
        return new MediaServerUnavailableException(rejection.getMessage(), rejection);
    }

    private void pause(String operation, Duration backoff, Exception cause) {
        try {
            sleeper.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaServerUnavailableException(operation + " interrupted while waiting to retry", cause);
        }
    }
}
