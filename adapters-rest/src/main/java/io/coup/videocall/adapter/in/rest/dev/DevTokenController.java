package io.coup.videocall.adapter.in.rest.dev;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development only (SPEC §7): issues a platform token for any user, without authentication. Exists only when
 * {@code coup.security.dev-tokens=true}; the security chain must permit {@code POST /api/dev/token}.
 */
@Tag(name = "Development")
@RestController
@ConditionalOnProperty(name = "coup.security.dev-tokens", havingValue = "true")
public class DevTokenController {

    private final DevTokenIssuer issuer;

    public DevTokenController(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Operation(summary = "Issue a development token (only with coup.security.dev-tokens=true)")
    @SecurityRequirements
    @PostMapping("/api/dev/token")
    DevTokenResponse issue(@Valid @RequestBody DevTokenRequest body) {
        String avatar = body.avatar() == null || body.avatar().isBlank() ? null : body.avatar().strip();
        IssuedToken token = issuer.issue(body.userId().strip(), body.name().strip(), avatar);
        return new DevTokenResponse(token.token(), token.expiresAt());
    }
}
