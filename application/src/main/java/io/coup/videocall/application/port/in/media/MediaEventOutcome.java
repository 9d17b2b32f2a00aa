package io.coup.videocall.application.port.in.media;

/** What a report of the media server did to our records; everything but {@link #APPLIED} changed nothing. */
public enum MediaEventOutcome {
    /** Attendance or the call changed. */
    APPLIED,
    /** No call of ours has this media room (another application's room, or a call deleted since). */
    UNKNOWN_CALL,
    /** The call had ended already (a repeated or late report). */
    CALL_ENDED,
    /** The person never attended this call. */
    UNKNOWN_PARTICIPANT,
    /** The person had left already (a repeated report). */
    ALREADY_LEFT,
    /** The report is older than the visit going on now: the person came back since. */
    SUPERSEDED,
    /** The person, or for a closed room someone, still has a connection in the room (another device, a reconnect). */
    STILL_CONNECTED
}
