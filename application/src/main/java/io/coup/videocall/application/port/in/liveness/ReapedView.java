package io.coup.videocall.application.port.in.liveness;

/**
 * @param participants participants closed with reason REAPED
 * @param endedCalls calls ended because nobody was left
 */
public record ReapedView(int participants, int endedCalls) {
}
