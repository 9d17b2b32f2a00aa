package io.coup.videocall.application.testing;

import io.coup.videocall.application.port.out.CallMessage;
import io.coup.videocall.application.port.out.SaveCallMessagePort;

import java.util.ArrayList;
import java.util.List;

/** In-call chat messages in a list, in the order saved. */
public class InMemoryCallMessages implements SaveCallMessagePort {

    private final List<CallMessage> messages = new ArrayList<>();

    @Override
    public synchronized void saveCallMessage(CallMessage message) {
        messages.add(message);
    }

    public synchronized List<CallMessage> all() {
        return List.copyOf(messages);
    }
}
