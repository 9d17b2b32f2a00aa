package io.coup.videocall.adapter.out.openvidu;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;

import java.util.Optional;

/**
 * The data a connection is issued with (OpenVidu's {@code data}, returned as {@code serverData} and shown to the
 * other participants): {@code {"userId": …, "name": …, "avatar": …}}. The identity is the authenticated user's,
 * given by the use case, never anything a client sent.
 */
record ConnectionData(UserId userId, String name, String avatar) {

    String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("userId", userId.value());
        json.addProperty("name", name);
        json.addProperty("avatar", avatar);
        return json.toString();
    }

    /** The data of a connection we issued; empty for anything else (another application's connection). */
    static Optional<ConnectionData> parse(String serverData) {
        if (serverData == null || serverData.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonElement element = JsonParser.parseString(serverData);
            if (!element.isJsonObject()) {
                return Optional.empty();
            }
            JsonObject json = element.getAsJsonObject();
            String userId = text(json, "userId");
            if (userId == null) {
                return Optional.empty();
            }
            return Optional.of(new ConnectionData(UserId.of(userId), text(json, "name"), text(json, "avatar")));
        } catch (JsonParseException | InvalidValueException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
