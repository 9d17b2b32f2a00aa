package io.coup.videocall.adapter.in.rest;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The OpenAPI document's header, the bearer-JWT scheme every endpoint requires, and the common error responses
 * (all with the {@code {error, code, details}} body) added to every operation.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "CoUp Video API", version = "v1",
                description = "Video calls for CoUp study groups: sessions, attendance, statistics."),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER_JWT))
@SecurityScheme(name = ApiDocumentation.BEARER_JWT, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", in = SecuritySchemeIn.HEADER)
public class ApiDocumentation {

    public static final String BEARER_JWT = "bearer-jwt";
    private static final String ERROR_SCHEMA = "ApiError";

    private static final Map<String, String> COMMON_ERRORS = Map.of(
            "400", "INVALID_REQUEST (details.fields names each bad field) or SESSION_ENDED",
            "401", "AUTH_REQUIRED: missing, invalid or expired token",
            "403", "NOT_STUDY_MEMBER, PERMISSION_DENIED or KICKED",
            "404", "SESSION_NOT_FOUND, PARTICIPANT_NOT_FOUND, USER_NOT_FOUND or NOT_FOUND",
            "409", "SESSION_FULL, STUDY_ALREADY_EXISTS or LAST_OWNER",
            "413", "PAYLOAD_TOO_LARGE",
            "429", "RATE_LIMITED (see Retry-After)",
            "500", "SERVER_ERROR",
            "503", "MEDIA_SERVER_UNAVAILABLE");

    @Bean
    OpenApiCustomizer apiErrorResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            ModelConverters.getInstance()
                    .resolveAsResolvedSchema(new AnnotatedType(io.coup.videocall.adapter.in.rest.error.ApiError.class))
                    .referencedSchemas.forEach(openApi.getComponents()::addSchemas);
            Content errorContent = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
                COMMON_ERRORS.forEach((status, description) -> {
                    ApiResponse existing = responses.get(status);
                    if (existing == null || existing.getContent() == null) {
                        responses.addApiResponse(status, new ApiResponse().description(description).content(errorContent));
                    }
                });
                operation.setResponses(responses);
            }));
        };
    }
}
