package io.coup.videocall.adapter.in.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Socket commands across nodes ({@code coup.signaling.store=redis}): a Redis pub/sub topic
 * {@code <prefix>socket-commands} carrying each {@link SocketCommand} as JSON with its {@code type}. Every node
 * subscribes, the publishing node too, and acts on its own sockets when a message arrives. A command whose publish
 * fails is still carried out on this node. Pub/sub is fire-and-forget: a node that is not connected to Redis at that
 * moment misses the command; what the command follows (a kick, a removal, the end of a call) is stored and holds
 * everywhere, so such a node's sockets are refused at their next join, but stay in their rooms until they go.
 */
class RedisSocketCommands implements SocketCommands, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisSocketCommands.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RTopic topic;
    private final List<Consumer<SocketCommand>> handlers = new CopyOnWriteArrayList<>();
    private final int listenerId;

    RedisSocketCommands(RedissonClient redis, String keyPrefix) {
        this.topic = redis.getTopic(keyPrefix + "socket-commands", StringCodec.INSTANCE);
        // Subscribed before the node serves anything: a command published afterwards on any node reaches this one.
        this.listenerId = topic.addListener(String.class, (channel, message) -> received(message));
    }

    @Override
    public void publish(SocketCommand command) {
        try {
            topic.publish(write(command));
        } catch (RuntimeException e) {
            log.warn("Publishing {} failed; carrying it out on this node only", command, e);
            carryOut(command);
        }
    }

    @Override
    public void subscribe(Consumer<SocketCommand> handler) {
        handlers.add(handler);
    }

    private void received(String message) {
        SocketCommand command;
        try {
            command = JSON.readValue(message, SocketCommand.class);
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("A socket command could not be read: {}", message, e);
            return;
        }
        carryOut(command);
    }

    /** Every handler, each on its own: one that fails does not keep the command from the others. */
    private void carryOut(SocketCommand command) {
        for (Consumer<SocketCommand> handler : handlers) {
            try {
                handler.accept(command);
            } catch (RuntimeException e) {
                log.warn("Carrying out {} failed", command, e);
            }
        }
    }

    /** Unsubscribes, before the shared Redisson client shuts down. */
    @Override
    public void close() {
        topic.removeListener(listenerId);
    }

    private static String write(SocketCommand command) {
        try {
            return JSON.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
