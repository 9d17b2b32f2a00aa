package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.Caller;
import io.coup.videocall.application.port.in.user.GetCurrentUserUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users")
@RestController
public class UserController {

    private final GetCurrentUserUseCase currentUser;
    private final UserRestMapper mapper;

    public UserController(GetCurrentUserUseCase currentUser, UserRestMapper mapper) {
        this.currentUser = currentUser;
        this.mapper = mapper;
    }

    @Operation(summary = "The caller's profile, as synchronised from the token's claims")
    @GetMapping("/api/me")
    MeResponse me(@AuthenticationPrincipal Jwt jwt) {
        return mapper.toMeResponse(currentUser.currentUser(Caller.of(jwt)));
    }
}
