package io.coup.videocall.domain.call;

import io.coup.videocall.domain.shared.Ids;

import java.util.UUID;

public record ParticipantId(String value) {

    public ParticipantId {
        Ids.opaque("participantId", value);
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    public static ParticipantId newId() {
        return new ParticipantId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
