package io.coup.videocall.adapter.out.openvidu.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An HTTP emulation of the OpenVidu 2 REST API (openvidu.io docs, "REST API" reference; the responses carry every
 * field openvidu-java-client 2.32.2 reads), stateful, on the JDK's HTTP server. OpenVidu itself needs Docker, which
 * this build cannot use.
 * <p>Implemented: Basic auth {@code OPENVIDUAPP:<secret>} with the {@code 401 WWW-Authenticate: Basic
 * realm="OpenVidu"} challenge; {@code POST /openvidu/api/sessions} (200 Session, 409 existing customSessionId, 400
 * malformed id); {@code GET /openvidu/api/sessions[?pendingConnections=true]} (list);
 * {@code GET /openvidu/api/sessions/{id}} (200, 404); {@code DELETE /openvidu/api/sessions/{id}} (204, 404);
 * {@code POST /openvidu/api/sessions/{id}/connection} (200 Connection, 400 bad body, 404 unknown session);
 * {@code GET .../connection} (200, 404) and {@code GET .../connection/{cid}} (200, 400 unknown session, 404);
 * {@code DELETE .../connection/{cid}} (204, 400 unknown session, 404 unknown connection). Connections start
 * {@code pending}; {@link #activate} plays the browser that uses the token.
 * <p>Faults: {@link #restart()} (forgets every session), {@link #failNext} (the next N requests answer a 5xx),
 * {@link #respondSlowly} (does the work, answers late: client timeouts), {@link #goDown()} / {@link #comeBack()} (nothing listens:
 * connection refused), {@link #answerMalformed()} (200s that are not the documented objects). Every request is
 * recorded, faulty or not.
 */
public final class OpenViduEmulator implements AutoCloseable {

    public static final String API = "/openvidu/api";

    /** One HTTP request as received. */
    public record Request(String method, String path, String query, String authorization, String body) {

        public boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }
    }

    private final String secret;
    private final int port;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, EmulatedSession> sessions = new LinkedHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean malformed;
    private HttpServer server;
    private ExecutorService executor;

    private OpenViduEmulator(String secret, int port) {
        this.secret = secret;
        this.port = port;
    }

    public static OpenViduEmulator start(String secret) {
        OpenViduEmulator emulator = new OpenViduEmulator(secret, freePort());
        emulator.listen();
        return emulator;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    // ---- faults ------------------------------------------------------------------------------------------------

    /** The media server restarted: every session and connection is forgotten. */
    public synchronized void restart() {
        sessions.clear();
    }

    /** The next {@code count} requests answer {@code status} (a 5xx) without doing anything. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    /** Every answer comes after {@code delay} (longer than the client's read timeout: a timeout). */
    public void respondSlowly(Duration delay) {
        this.delay = delay;
    }

    /** Every answer is a 200 with a JSON body that is not what the API documents (a misrouted proxy, say). */
    public void answerMalformed() {
        this.malformed = true;
    }

    public void respondPromptly() {
        this.delay = Duration.ZERO;
    }

    /** Stops listening: connections are refused until {@link #comeBack()}. State is kept. */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void comeBack() {
        if (server == null) {
            listen();
        }
    }

    // ---- what happened -----------------------------------------------------------------------------------------

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long count(String method, String pathPattern) {
        return requests.stream().filter(r -> r.is(method, pathPattern)).count();
    }

    public long count(Predicate<Request> which) {
        return requests.stream().filter(which).count();
    }

    public void clearRequests() {
        requests.clear();
    }

    public synchronized List<String> sessionIds() {
        return List.copyOf(sessions.keySet());
    }

    /** The connection as OpenVidu would serialise it, or empty. */
    public synchronized Optional<JsonObject> connection(String sessionId, String connectionId) {
        EmulatedSession session = sessions.get(sessionId);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.connections.get(connectionId)).map(EmulatedConnection::toJson);
    }

    public synchronized int connectionCount(String sessionId) {
        EmulatedSession session = sessions.get(sessionId);
        return session == null ? 0 : session.connections.size();
    }

    /** A browser connected with the connection's token: pending → active. */
    public synchronized void activate(String sessionId, String connectionId) {
        EmulatedConnection connection = sessions.get(sessionId).connections.get(connectionId);
        connection.status = "active";
        connection.activeAt = System.currentTimeMillis();
        connection.ip = "203.0.113.7";
        connection.platform = "Chrome 131.0 on Linux 64-bit";
        connection.clientData = "";
    }

    @Override
    public void close() {
        goDown();
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------

    private void listen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "openvidu-emulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) {
        try {
            String body = read(exchange.getRequestBody());
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse(""),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            requests.add(request);
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, failureStatus, error(failureStatus, "Injected failure", request.path()));
                return;
            }
            if (malformed) {
                JsonObject nonsense = new JsonObject();
                nonsense.addProperty("hello", "this is not OpenVidu");
                respond(exchange, 200, nonsense);
                return;
            }
            if (!authorized(request.authorization())) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenVidu\"");
                respond(exchange, 401, null);
                return;
            }
            Response response;
            synchronized (this) {
                response = route(request);
            }
            // a slow server has done the work; only its answer is late (what makes a timeout ambiguous)
            Duration wait = delay;
            if (!wait.isZero()) {
                TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            }
            respond(exchange, response.status(), response.body());
        } catch (IOException e) {
            // the client gave up (timeout) before the answer: nothing to do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private boolean authorized(String header) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("OPENVIDUAPP:" + secret).getBytes(StandardCharsets.UTF_8));
        return expected.equals(header);
    }

    private record Response(int status, JsonObject body) {
    }

    private Response route(Request request) {
        String path = request.path().endsWith("/") && request.path().length() > 1
                ? request.path().substring(0, request.path().length() - 1) : request.path();
        if (!path.startsWith(API + "/sessions")) {
            return new Response(404, error(404, "Not Found", path));
        }
        String[] parts = path.substring((API + "/sessions").length()).split("/");
        // parts: [""] | ["", id] | ["", id, "connection"] | ["", id, "connection", cid]
        boolean pending = request.query().contains("pendingConnections=true");
        String method = request.method();
        if (parts.length <= 1) {
            return switch (method) {
                case "POST" -> createSession(request.body());
                case "GET" -> new Response(200, sessionList(pending));
                default -> new Response(405, error(405, "Method Not Allowed", path));
            };
        }
        String sessionId = parts[1];
        EmulatedSession session = sessions.get(sessionId);
        if (parts.length == 2) {
            return switch (method) {
                case "GET" -> session == null ? new Response(404, null) : new Response(200, session.toJson(pending));
                case "DELETE" -> {
                    if (session == null) {
                        yield new Response(404, null);
                    }
                    sessions.remove(sessionId);
                    yield new Response(204, null);
                }
                default -> new Response(405, error(405, "Method Not Allowed", path));
            };
        }
        if (!"connection".equals(parts[2]) || parts.length > 4) {
            return new Response(404, error(404, "Not Found", path));
        }
        if (parts.length == 3) {
            return switch (method) {
                case "POST" -> session == null ? new Response(404, null) : createConnection(session, request.body());
                case "GET" -> session == null ? new Response(404, null) : new Response(200, session.connectionList(true));
                default -> new Response(405, error(405, "Method Not Allowed", path));
            };
        }
        String connectionId = parts[3];
        if (session == null) {
            return new Response(400, null); // the documented answer for an unknown session here
        }
        EmulatedConnection connection = session.connections.get(connectionId);
        return switch (method) {
            case "GET" -> connection == null ? new Response(404, null) : new Response(200, connection.toJson());
            case "DELETE" -> {
                if (connection == null) {
                    yield new Response(404, null);
                }
                session.connections.remove(connectionId);
                yield new Response(204, null);
            }
            default -> new Response(405, error(405, "Method Not Allowed", path));
        };
    }

    private Response createSession(String body) {
        JsonObject params;
        try {
            params = body.isBlank() ? new JsonObject() : JsonParser.parseString(body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return new Response(400, error(400, "Malformed body", API + "/sessions"));
        }
        String customSessionId = string(params, "customSessionId");
        String id;
        if (customSessionId != null && !customSessionId.isEmpty()) {
            if (!customSessionId.matches("[a-zA-Z0-9_-]+")) {
                return new Response(400, error(400, "Parameter customSessionId is wrong. Must be an alphanumeric string",
                        API + "/sessions"));
            }
            if (sessions.containsKey(customSessionId)) {
                return new Response(409, null);
            }
            id = customSessionId;
        } else {
            id = "ses_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        }
        EmulatedSession session = new EmulatedSession(id, customSessionId, params);
        sessions.put(id, session);
        return new Response(200, session.toJson(false));
    }

    private Response createConnection(EmulatedSession session, String body) {
        JsonObject params;
        try {
            params = body.isBlank() ? new JsonObject() : JsonParser.parseString(body).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return new Response(400, error(400, "Malformed body", API + "/sessions/" + session.id + "/connection"));
        }
        String type = Optional.ofNullable(string(params, "type")).orElse("WEBRTC");
        String role = Optional.ofNullable(string(params, "role")).orElse("PUBLISHER");
        if (!"WEBRTC".equals(type) || !List.of("SUBSCRIBER", "PUBLISHER", "MODERATOR").contains(role)) {
            return new Response(400, error(400, "Type error in some parameter", API + "/sessions/" + session.id + "/connection"));
        }
        EmulatedConnection connection = new EmulatedConnection(session.id, role,
                Optional.ofNullable(string(params, "data")).orElse(""),
                !params.has("record") || params.get("record").isJsonNull() || params.get("record").getAsBoolean(),
                params.get("kurentoOptions"));
        session.connections.put(connection.id, connection);
        return new Response(200, connection.toJson());
    }

    private JsonObject sessionList(boolean pending) {
        JsonObject json = new JsonObject();
        JsonArray content = new JsonArray();
        sessions.values().forEach(s -> content.add(s.toJson(pending)));
        json.addProperty("numberOfElements", content.size());
        json.add("content", content);
        return json;
    }

    private static String string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static JsonObject error(int status, String message, String path) {
        JsonObject json = new JsonObject();
        json.addProperty("timestamp", System.currentTimeMillis());
        json.addProperty("status", status);
        json.addProperty("error", message);
        json.addProperty("message", message);
        json.addProperty("path", path);
        return json;
    }

    private static void respond(HttpExchange exchange, int status, JsonObject body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- state -------------------------------------------------------------------------------------------------

    private final class EmulatedSession {
        final String id;
        final String customSessionId;
        final long createdAt = System.currentTimeMillis();
        final String mediaMode;
        final String recordingMode;
        final String forcedVideoCodec;
        final boolean allowTranscoding;
        final JsonObject defaultRecordingProperties;
        final Map<String, EmulatedConnection> connections = new LinkedHashMap<>();

        EmulatedSession(String id, String customSessionId, JsonObject params) {
            this.id = id;
            this.customSessionId = customSessionId;
            this.mediaMode = Optional.ofNullable(string(params, "mediaMode")).orElse("ROUTED");
            this.recordingMode = Optional.ofNullable(string(params, "recordingMode")).orElse("MANUAL");
            String codec = Optional.ofNullable(string(params, "forcedVideoCodec")).orElse("MEDIA_SERVER_PREFERRED");
            this.forcedVideoCodec = "MEDIA_SERVER_PREFERRED".equals(codec) ? "VP8" : codec; // the server resolves it
            this.allowTranscoding = params.has("allowTranscoding") && params.get("allowTranscoding").getAsBoolean();
            this.defaultRecordingProperties = params.has("defaultRecordingProperties")
                    && params.get("defaultRecordingProperties").isJsonObject()
                    ? params.getAsJsonObject("defaultRecordingProperties").deepCopy() : defaultRecording();
        }

        JsonObject toJson(boolean withPending) {
            JsonObject json = new JsonObject();
            json.addProperty("id", id);
            json.addProperty("object", "session");
            json.addProperty("sessionId", id);
            json.addProperty("createdAt", createdAt);
            json.addProperty("mediaMode", mediaMode);
            json.addProperty("recordingMode", recordingMode);
            json.add("defaultRecordingProperties", defaultRecordingProperties.deepCopy());
            if (customSessionId != null && !customSessionId.isEmpty()) {
                json.addProperty("customSessionId", customSessionId);
            }
            json.add("connections", connectionList(withPending));
            json.addProperty("recording", false);
            json.addProperty("broadcasting", false);
            json.addProperty("forcedVideoCodec", forcedVideoCodec);
            json.addProperty("allowTranscoding", allowTranscoding);
            return json;
        }

        JsonObject connectionList(boolean withPending) {
            List<EmulatedConnection> listed = new ArrayList<>();
            connections.values().forEach(c -> {
                if (withPending || "active".equals(c.status)) {
                    listed.add(c);
                }
            });
            JsonObject json = new JsonObject();
            JsonArray content = new JsonArray();
            listed.forEach(c -> content.add(c.toJson()));
            json.addProperty("numberOfElements", content.size());
            json.add("content", content);
            return json;
        }

        private static JsonObject defaultRecording() {
            JsonObject json = new JsonObject();
            json.addProperty("name", "");
            json.addProperty("hasAudio", true);
            json.addProperty("hasVideo", true);
            json.addProperty("outputMode", "COMPOSED");
            json.addProperty("recordingLayout", "BEST_FIT");
            json.addProperty("resolution", "1280x720");
            json.addProperty("frameRate", 25);
            json.addProperty("shmSize", 536870912L);
            return json;
        }
    }

    private final class EmulatedConnection {
        final String id = "con_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        final String sessionId;
        final String role;
        final String serverData;
        final boolean record;
        final JsonElement kurentoOptions;
        final long createdAt = System.currentTimeMillis();
        final String token;
        String status = "pending";
        Long activeAt;
        String ip;
        String platform;
        String clientData;

        EmulatedConnection(String sessionId, String role, String serverData, boolean record, JsonElement kurentoOptions) {
            this.sessionId = sessionId;
            this.role = role;
            this.serverData = serverData;
            this.record = record;
            this.kurentoOptions = kurentoOptions == null ? JsonNull.INSTANCE : kurentoOptions.deepCopy();
            this.token = "ws://127.0.0.1:" + port + "?sessionId=" + sessionId + "&token=tok_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "&role=" + role
                    + "&version=2.32.0";
        }

        JsonObject toJson() {
            JsonObject json = new JsonObject();
            json.addProperty("id", id);
            json.addProperty("object", "connection");
            json.addProperty("connectionId", id);
            json.addProperty("type", "WEBRTC");
            json.addProperty("status", status);
            json.addProperty("sessionId", sessionId);
            json.addProperty("createdAt", createdAt);
            json.addProperty("activeAt", activeAt);
            json.add("location", JsonNull.INSTANCE);
            json.addProperty("ip", ip);
            json.addProperty("platform", platform);
            json.addProperty("token", token);
            json.addProperty("serverData", serverData);
            json.addProperty("clientData", clientData);
            json.addProperty("record", record);
            json.addProperty("role", role);
            json.add("kurentoOptions", kurentoOptions.deepCopy());
            json.add("rtspUri", JsonNull.INSTANCE);
            json.add("adaptativeBitrate", JsonNull.INSTANCE);
            json.add("onlyPlayWithSubscribers", JsonNull.INSTANCE);
            json.add("networkCache", JsonNull.INSTANCE);
            json.add("publishers", new JsonArray());
            json.add("subscribers", new JsonArray());
            json.add("customIceServers", new JsonArray());
            return json;
        }
    }
}
