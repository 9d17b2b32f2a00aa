package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.CallPresencePort;
import io.coup.videocall.domain.call.RoomId;

import java.util.HashMap;
import java.util.Map;

/** Online counts set by the test: per room, else a default (0 unless given). */
public class FixedPresence implements CallPresencePort {

    private final Map<RoomId, Integer> counts = new HashMap<>();
    private int fallback;

    public FixedPresence() {
        this(0);
    }

    public FixedPresence(int fallback) {
        this.fallback = fallback;
    }

    public synchronized FixedPresence set(RoomId roomId, int onlineCount) {
        counts.put(roomId, onlineCount);
        return this;
    }

    public synchronized FixedPresence setDefault(int onlineCount) {
        this.fallback = onlineCount;
        return this;
    }

    @Override
    public synchronized int onlineCount(RoomId roomId) {
        return counts.getOrDefault(roomId, fallback);
    }
}
