package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.adapter.out.openvidu.testing.OpenViduEmulator;
import io.openvidu.java.client.Connection;
import io.openvidu.java.client.ConnectionProperties;
import io.openvidu.java.client.OpenVidu;
import io.openvidu.java.client.OpenViduHttpException;
import io.openvidu.java.client.OpenViduRole;
import io.openvidu.java.client.Session;
import io.openvidu.java.client.SessionProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emulation answers as the OpenVidu 2 REST API documentation says, so that the adapter's tests mean something:
 * checked with raw HTTP and with the stock openvidu-java-client (which sends credentials only when challenged).
 */
class OpenViduEmulatorTest {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("OPENVIDUAPP:MY_SECRET".getBytes(StandardCharsets.UTF_8));

    private OpenViduEmulator openvidu;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        openvidu = OpenViduEmulator.start("MY_SECRET");
    }

    @AfterEach
    void stop() {
        openvidu.close();
    }

    @Test
    void a_request_without_credentials_is_challenged_for_basic_auth() throws Exception {
        HttpResponse<String> response = send("GET", "/openvidu/api/sessions", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"OpenVidu\"");
        assertThat(send("GET", "/openvidu/api/sessions", "Basic b3RoZXI6c2VjcmV0", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_stock_client_answering_the_challenge_creates_sessions_and_connections() throws Exception {
        OpenVidu stock = new OpenVidu(openvidu.url(), "MY_SECRET");

        Session session = stock.createSession(new SessionProperties.Builder().customSessionId("Room_1").build());
        Connection connection = session.createConnection(new ConnectionProperties.Builder()
                .role(OpenViduRole.SUBSCRIBER).data("{\"userId\":\"u\"}").build());
        session.fetch();

        assertThat(session.getSessionId()).isEqualTo("Room_1");
        assertThat(connection.getRole()).isEqualTo(OpenViduRole.SUBSCRIBER);
        assertThat(connection.getStatus()).isEqualTo("pending");
        assertThat(connection.getServerData()).isEqualTo("{\"userId\":\"u\"}");
        assertThat(session.getConnections()).extracting(Connection::getConnectionId)
                .containsExactly(connection.getConnectionId());
        assertThat(openvidu.requests()).anySatisfy(r -> assertThat(r.authorization()).isNull())
                .anySatisfy(r -> assertThat(r.authorization()).isEqualTo(AUTH));
    }

    @Test
    void a_second_session_with_the_same_custom_id_is_refused_with_409_and_changes_nothing() throws Exception {
        String body = "{\"customSessionId\":\"Room_1\"}";
        assertThat(send("POST", "/openvidu/api/sessions", AUTH, body).statusCode()).isEqualTo(200);

        assertThat(send("POST", "/openvidu/api/sessions", AUTH, body).statusCode()).isEqualTo(409);
        assertThat(openvidu.sessionIds()).containsExactly("Room_1");
        assertThat(send("POST", "/openvidu/api/sessions", AUTH, "{\"customSessionId\":\"not valid!\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_session_object_carries_the_documented_fields() throws Exception {
        send("POST", "/openvidu/api/sessions", AUTH, "{\"customSessionId\":\"Room_1\"}");

        String json = send("GET", "/openvidu/api/sessions/Room_1", AUTH, null).body();

        assertThat(com.google.gson.JsonParser.parseString(json).getAsJsonObject().keySet()).contains("id", "object",
                "createdAt", "mediaMode", "recordingMode", "defaultRecordingProperties", "customSessionId",
                "connections", "recording", "broadcasting", "forcedVideoCodec", "allowTranscoding");
        assertThat(send("GET", "/openvidu/api/sessions/Nope", AUTH, null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_connection_object_carries_every_field_the_client_reads() throws Exception {
        send("POST", "/openvidu/api/sessions", AUTH, "{\"customSessionId\":\"Room_1\"}");

        HttpResponse<String> created = send("POST", "/openvidu/api/sessions/Room_1/connection", AUTH,
                "{\"type\":\"WEBRTC\",\"role\":\"PUBLISHER\",\"data\":\"d\"}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(com.google.gson.JsonParser.parseString(created.body()).getAsJsonObject().keySet()).contains(
                "connectionId", "status", "token", "type", "publishers", "subscribers", "createdAt", "activeAt",
                "location", "ip", "platform", "clientData", "serverData", "role", "record");
        assertThat(send("POST", "/openvidu/api/sessions/Nope/connection", AUTH, "{}").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/openvidu/api/sessions/Room_1/connection", AUTH, "{\"role\":\"KING\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void deletes_answer_204_then_404_and_a_connection_of_an_unknown_session_400() throws Exception {
        send("POST", "/openvidu/api/sessions", AUTH, "{\"customSessionId\":\"Room_1\"}");
        String id = com.google.gson.JsonParser.parseString(send("POST", "/openvidu/api/sessions/Room_1/connection",
                AUTH, "{}").body()).getAsJsonObject().get("connectionId").getAsString();

        assertThat(send("DELETE", "/openvidu/api/sessions/Room_1/connection/" + id, AUTH, null).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/openvidu/api/sessions/Room_1/connection/" + id, AUTH, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/openvidu/api/sessions/Room_1", AUTH, null).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/openvidu/api/sessions/Room_1", AUTH, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/openvidu/api/sessions/Room_1/connection/" + id, AUTH, null).statusCode()).isEqualTo(400);
    }

    @Test
    void listing_shows_pending_connections_only_when_asked() throws Exception {
        OpenVidu stock = new OpenVidu(openvidu.url(), "MY_SECRET");
        Session session = stock.createSession(new SessionProperties.Builder().customSessionId("Room_1").build());
        Connection used = session.createConnection(new ConnectionProperties.Builder().build());
        session.createConnection(new ConnectionProperties.Builder().build());
        openvidu.activate("Room_1", used.getConnectionId());

        String activeOnly = send("GET", "/openvidu/api/sessions", AUTH, null).body();
        String withPending = send("GET", "/openvidu/api/sessions?pendingConnections=true", AUTH, null).body();

        assertThat(connectionsIn(activeOnly)).isEqualTo(1);
        assertThat(connectionsIn(withPending)).isEqualTo(2);
    }

    @Test
    void after_a_restart_the_server_knows_no_session() throws Exception {
        OpenVidu stock = new OpenVidu(openvidu.url(), "MY_SECRET");
        Session session = stock.createSession(new SessionProperties.Builder().customSessionId("Room_1").build());
        openvidu.restart();

        assertThatThrownBy(() -> session.createConnection(new ConnectionProperties.Builder().build()))
                .isInstanceOfSatisfying(OpenViduHttpException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
    }

    private int connectionsIn(String list) {
        return com.google.gson.JsonParser.parseString(list).getAsJsonObject().getAsJsonArray("content").get(0)
                .getAsJsonObject().getAsJsonObject("connections").get("numberOfElements").getAsInt();
    }

    private HttpResponse<String> send(String method, String path, String auth, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(openvidu.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
