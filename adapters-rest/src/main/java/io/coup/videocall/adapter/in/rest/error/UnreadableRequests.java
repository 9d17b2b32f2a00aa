package io.coup.videocall.adapter.in.rest.error;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.Map;

/**
 * Requests the servlet layer could not even read — a query string or form body that is not valid percent-encoded
 * UTF-8, a parameter name the security firewall refuses — wherever they fail (in MVC or in a filter): 400
 * {@code INVALID_REQUEST}, never a 500.
 */
final class UnreadableRequests {

    private UnreadableRequests() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException || t instanceof RequestRejectedException
                    || t instanceof HttpMessageNotReadableException) {
                return true;
            }
        }
        return false;
    }

    static ApiError body() {
        return ApiError.invalidFields("The request's parameters could not be read.",
                Map.of("query", "must be percent-encoded UTF-8 with ordinary parameter names"));
    }
}
