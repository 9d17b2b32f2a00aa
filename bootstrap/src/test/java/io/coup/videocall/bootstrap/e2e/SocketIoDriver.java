package io.coup.videocall.bootstrap.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/**
 * The official JavaScript socket.io-client, driven from a test: {@code node driver.mjs <url>} in
 * adapters-signaling/src/test/js reads commands as JSON lines on stdin and prints what its sockets see as JSON
 * lines on stdout. Installs the pinned client with {@code npm ci} when node_modules is missing.
 */
final class SocketIoDriver implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MAX_DRIVER_SECONDS = 120;

    private final Process process;
    private final Writer stdin;
    private final List<JsonNode> lines = new ArrayList<>();
    private final java.util.BitSet consumed = new java.util.BitSet();
    private final StringBuilder stderr = new StringBuilder();

    private SocketIoDriver(Process process) {
        this.process = process;
        this.stdin = process.outputWriter(StandardCharsets.UTF_8);
        Thread out = new Thread(() -> read(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))),
                "socket-io-driver-out");
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(() -> drain(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))),
                "socket-io-driver-err");
        err.setDaemon(true);
        err.start();
    }

    /** Starts a driver for {@code url} (e.g. {@code http://localhost:9092/coup}) and waits until it is ready. */
    static SocketIoDriver start(String url) {
        Path dir = clientDirectory();
        installClient(dir);
        try {
            Process process = new ProcessBuilder("node", "driver.mjs", url, String.valueOf(MAX_DRIVER_SECONDS))
                    .directory(dir.toFile()).start();
            SocketIoDriver driver = new SocketIoDriver(process);
            driver.await(line -> "ready".equals(text(line, "type")));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node (is Node.js installed?)", e);
        }
    }

    // --- commands ---------------------------------------------------------------------------------------------

    void connect(String as, String token) {
        send(command("connect", as).put("token", token));
    }

    void connectWithoutAuth(String as) {
        send(command("connect", as).put("noAuth", true));
    }

    void connectWithAuth(String as, Map<String, Object> auth) {
        ObjectNode command = command("connect", as);
        command.set("auth", EndToEndTest.JSON.valueToTree(auth));
        send(command);
    }

    void connectWithHeaders(String as, String token, Map<String, String> headers) {
        ObjectNode command = command("connect", as).put("token", token);
        command.set("headers", EndToEndTest.JSON.valueToTree(headers));
        send(command);
    }

    /** Connects and waits for {@code connect}; returns the socket id. */
    String connected(String as, String token) {
        connect(as, token);
        return text(await(as, "connect"), "id");
    }

    /** Emits with an ack tagged {@code tag}; {@code data} is any JSON-able value (null sends null). */
    void emit(String as, String event, Object data, String tag) {
        ObjectNode command = command("emit", as).put("event", event);
        command.set("data", EndToEndTest.JSON.valueToTree(data));
        if (tag != null) {
            command.put("ack", tag);
        }
        send(command);
    }

    /** Emits with these raw arguments (none at all, a string, ...) and an ack tagged {@code tag}. */
    void emitArgs(String as, String event, List<?> args, String tag) {
        ObjectNode command = command("emit", as).put("event", event).put("ack", tag);
        command.set("args", EndToEndTest.JSON.valueToTree(args));
        send(command);
    }

    /**
     * Emits with arguments given as JSON text (an array, sent as is: nesting deeper than a Java JSON tree allows, odd
     * escapes), with an ack tagged {@code tag}, or none when {@code tag} is null.
     */
    void emitRaw(String as, String event, String argsJsonArray, String tag) {
        String command = "{\"op\":\"emit\",\"as\":" + EndToEndTest.JSON.writeValueAsString(as)
                + ",\"event\":" + EndToEndTest.JSON.writeValueAsString(event)
                + (tag == null ? "" : ",\"ack\":" + EndToEndTest.JSON.writeValueAsString(tag))
                + ",\"args\":" + argsJsonArray + "}";
        sendLine(command);
    }

    /** Emits and waits for the ack; returns it. */
    JsonNode emitAndAck(String as, String event, Object data, String tag) {
        emit(as, event, data, tag);
        return ack(as, tag);
    }

    void close(String as) {
        send(command("close", as));
    }

    /** Socket {@code as} stops reading what the server sends (its websocket's TCP socket is paused). */
    void pause(String as) {
        send(command("pause", as));
        await(as, "paused");
    }

    /**
     * Opens an Engine.IO connection with no Socket.IO socket on it and waits until it is open: the test then writes
     * the Socket.IO packets itself ({@link #sendRaw}), as a client that ignores the protocol would.
     */
    void openRaw(String as) {
        send(command("raw", as));
        await(as, "raw_open");
    }

    /** Sends one Socket.IO packet on a raw connection, as written on the wire ({@code 2/coup,7["event",{…}]}). */
    void sendRaw(String as, String packet) {
        send(command("rawSend", as).put("packet", packet));
    }

    /** The next unconsumed Socket.IO packet a raw connection received, as written on the wire. */
    String rawPacket(String as) {
        return text(await(as, "raw"), "data");
    }

    /** Every Socket.IO packet a raw connection has received so far, consumed or not. */
    List<String> rawPackets(String as) {
        synchronized (lines) {
            return lines.stream().filter(l -> as.equals(text(l, "as")) && "raw".equals(text(l, "type")))
                    .map(l -> text(l, "data")).toList();
        }
    }

    // --- what happened ----------------------------------------------------------------------------------------

    JsonNode ack(String as, String tag) {
        JsonNode line = ackOrTimeout(as, tag);
        if ("ack_timeout".equals(text(line, "type"))) {
            fail("no ack for %s of %s", tag, as);
        }
        return line.get("data");
    }

    /** The line that settled the emit tagged {@code tag}: its {@code ack}, or {@code ack_timeout} when none came. */
    JsonNode ackOrTimeout(String as, String tag) {
        return await(l -> as.equals(text(l, "as")) && tag.equals(text(l, "tag"))
                && ("ack".equals(text(l, "type")) || "ack_timeout".equals(text(l, "type"))));
    }

    /** The next unconsumed line of {@code as} whose type is one of {@code types}. */
    JsonNode awaitAny(String as, String... types) {
        List<String> wanted = List.of(types);
        return await(l -> as.equals(text(l, "as")) && wanted.contains(text(l, "type")));
    }

    /** The next unconsumed line of {@code as} with this {@code type} ({@code connect}, {@code disconnect}, ...). */
    JsonNode await(String as, String type) {
        return await(l -> as.equals(text(l, "as")) && type.equals(text(l, "type")));
    }

    /** The data of the next unconsumed {@code event} that socket {@code as} received. */
    JsonNode event(String as, String event) {
        return await(l -> as.equals(text(l, "as")) && "event".equals(text(l, "type")) && event.equals(text(l, "event")))
                .get("data");
    }

    /** Whether socket {@code as} has received {@code event} (consumed or not) so far. */
    boolean received(String as, String event) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> as.equals(text(l, "as")) && "event".equals(text(l, "type"))
                    && event.equals(text(l, "event")));
        }
    }

    /** How many {@code event}s socket {@code as} has received so far, consumed or not. */
    long count(String as, String event) {
        synchronized (lines) {
            return lines.stream().filter(l -> as.equals(text(l, "as")) && "event".equals(text(l, "type"))
                    && event.equals(text(l, "event"))).count();
        }
    }

    /** Every line the driver has printed so far, consumed or not. */
    List<JsonNode> all() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    JsonNode await(Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (lines) {
            while (true) {
                for (int i = 0; i < lines.size(); i++) {
                    if (!consumed.get(i) && matching.test(lines.get(i))) {
                        consumed.set(i);
                        return lines.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && lines.isEmpty()) {
                    return fail("waited %s; driver printed %s; stderr %s", WAIT, lines, stderr);
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return fail("interrupted");
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            send(EndToEndTest.JSON.createObjectNode().put("op", "exit"));
        } catch (UncheckedIOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || !value.isString() ? null : value.stringValue();
    }

    private static ObjectNode command(String op, String as) {
        return EndToEndTest.JSON.createObjectNode().put("op", op).put("as", as);
    }

    private void send(JsonNode command) {
        sendLine(EndToEndTest.JSON.writeValueAsString(command));
    }

    private void sendLine(String command) {
        try {
            stdin.write(command);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode parsed = EndToEndTest.JSON.readTree(line);
                synchronized (lines) {
                    lines.add(parsed);
                    lines.notifyAll();
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    private void drain(BufferedReader err) {
        try {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderr) {
                    stderr.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // process ended
        }
    }

    /** adapters-signaling/src/test/js, found from the module directory Maven runs tests in (or the root). */
    static Path clientDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("adapters-signaling/src/test/js");
            if (Files.isRegularFile(candidate.resolve("driver.mjs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("adapters-signaling/src/test/js not found above " + here);
    }

    /** {@code npm ci} once, when the pinned client is not installed yet (CI's .ci/run installs it first). */
    private static synchronized void installClient(Path dir) {
        if (Files.isDirectory(dir.resolve("node_modules/socket.io-client"))) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!npm.waitFor(180, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + dir + " took over 180 s");
            }
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + dir + " failed with " + npm.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run npm (is Node.js installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
