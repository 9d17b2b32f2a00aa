package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.MediaProvider;

import java.time.Instant;
import java.util.List;

/**
 * @param active whether the call is in progress
 * @param participants the people present now
 * @param createdAt when the call started
 */
public record MediaStatusView(String sessionId, String sessionName, String studyId, boolean active,
                              List<Participant> participants, Instant createdAt, MediaProvider mediaProvider) {

    public MediaStatusView {
        participants = List.copyOf(participants);
    }

    /**
     * @param connectionId the person's current media connection (in use if any, else the newest issued), or null
     * @param joinedAt when they first joined the call
     * @param connected whether a client of theirs is connected to the media room now
     */
    public record Participant(String userId, String name, String connectionId, Instant joinedAt, boolean connected,
                              boolean muted, boolean videoOff, boolean sharing) {
    }
}
