package io.coup.videocall.application.port.in.call;

/** @param created false when a call was already in progress and that one is returned */
public record StartCallResult(SessionView session, boolean created) {
}
