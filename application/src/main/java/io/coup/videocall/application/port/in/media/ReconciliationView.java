package io.coup.videocall.application.port.in.media;

/**
 * One round over every active call with a media room.
 *
 * @param calls calls looked at
 * @param reaped visits closed
 * @param ended calls ended
 * @param failed calls that could not be checked (the media server did not answer); left as they were
 */
public record ReconciliationView(int calls, int reaped, int ended, int failed) {
}
