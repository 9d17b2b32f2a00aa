package io.coup.videocall.application.port.in.media;

/** @param newSession whether this call started the session (the start use case's answer, not a guess) */
public record QuickJoinView(CallConnectionView connection, boolean newSession) {
}
