package io.coup.videocall.adapter.in.rest;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses a number or a boolean where the API expects text: by default Jackson would turn {@code {"sessionId": 5}}
 * into the id "5", and the client would get a misleading SESSION_NOT_FOUND instead of 400 INVALID_REQUEST. Nor a
 * number where it expects a name: {@code {"role": 0}} would otherwise be the first constant, OWNER (found by fuzzing).
 */
@Component
public class StrictJsonInput implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.withCoercionConfig(LogicalType.Enum, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
