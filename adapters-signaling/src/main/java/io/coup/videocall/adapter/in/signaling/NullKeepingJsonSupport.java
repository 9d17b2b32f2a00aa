package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.protocol.JacksonJsonSupport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * netty-socketio's JSON (Jackson 2), but writing null values: its default drops them, so {@code user.avatar: null}
 * would vanish from payloads whose shape the SPEC fixes.
 */
class NullKeepingJsonSupport extends JacksonJsonSupport {

    @Override
    protected void init(ObjectMapper objectMapper) {
        super.init(objectMapper);
        objectMapper.setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }
}
