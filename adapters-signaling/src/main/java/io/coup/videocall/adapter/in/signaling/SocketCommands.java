package io.coup.videocall.adapter.in.signaling;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Carries {@link SocketCommand}s to every node that may hold the sockets concerned; each node acts on its own sockets.
 * With {@code coup.signaling.store=redis} that is every node ({@link RedisSocketCommands}); with the default in-memory
 * store it is this node only ({@link #local()}).
 */
interface SocketCommands {

    /** Delivers the command to the handlers subscribed on every node, this one included. */
    void publish(SocketCommand command);

    /** Runs {@code handler} for every command published on any node. */
    void subscribe(Consumer<SocketCommand> handler);

    /** One node only: a command runs this node's handlers at once. */
    static SocketCommands local() {
        List<Consumer<SocketCommand>> handlers = new CopyOnWriteArrayList<>();
        return new SocketCommands() {
            @Override
            public void publish(SocketCommand command) {
                handlers.forEach(h -> h.accept(command));
            }

            @Override
            public void subscribe(Consumer<SocketCommand> handler) {
                handlers.add(handler);
            }
        };
    }
}
