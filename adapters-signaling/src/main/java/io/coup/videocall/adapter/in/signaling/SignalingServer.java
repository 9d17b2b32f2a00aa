package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.SocketIOServer;
import io.netty.util.concurrent.Future;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the Socket.IO server once the application context is ready (so every use case it calls exists) and stops
 * it on shutdown, before the beans it uses go away. A port already taken fails the startup.
 */
class SignalingServer implements SmartLifecycle {

    private final SocketIOServer server;
    private final int port;
    private volatile boolean running;

    SignalingServer(SocketIOServer server, int port) {
        this.server = server;
        this.port = port;
    }

    @Override
    public void start() {
        Future<Void> started = server.startAsync().syncUninterruptibly();
        if (!started.isSuccess()) {
            throw new IllegalStateException("The Socket.IO server could not listen on port " + port, started.cause());
        }
        running = true;
    }

    @Override
    public void stop() {
        if (running) {
            running = false;
            server.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Late start, early stop: after the web server and data sources, before them on shutdown. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
