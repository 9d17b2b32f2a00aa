package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.RoomId;

/** Who is connected to a call's signaling room right now, across every node. */
public interface CallPresencePort {

    /** Distinct people with at least one live connection in the room. */
    int onlineCount(RoomId roomId);
}
