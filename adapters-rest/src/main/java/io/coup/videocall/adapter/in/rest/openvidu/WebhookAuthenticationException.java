package io.coup.videocall.adapter.in.rest.openvidu;

import io.coup.videocall.domain.shared.DomainException;
import io.coup.videocall.domain.shared.ErrorCode;

/** The webhook's shared header is missing or wrong: 401 AUTH_REQUIRED. */
class WebhookAuthenticationException extends DomainException {

    WebhookAuthenticationException() {
        super(ErrorCode.AUTH_REQUIRED, "The webhook secret is missing or wrong.");
    }
}
