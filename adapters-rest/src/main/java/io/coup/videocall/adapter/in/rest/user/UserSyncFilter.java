package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.error.ApiErrorCodes;
import io.coup.videocall.adapter.in.rest.error.ApiErrorWriter;
import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.application.port.in.user.SyncUserUseCase;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Creates or refreshes the caller's user record from the verified token (SPEC §3: {@code sub}, {@code name} or
 * {@code preferred_username}, {@code picture}) on every authenticated request. A token whose subject cannot be
 * a user id is refused with 401 {@code AUTH_REQUIRED}. Claims this node synced recently are not synced again
 * ({@link RecentlySyncedUsers}). Not a bean: the bootstrap adds it to the security chain after bearer-token
 * authentication.
 */
public class UserSyncFilter extends OncePerRequestFilter {

    private final SyncUserUseCase syncUser;
    private final RecentlySyncedUsers recentlySynced;
    private final ApiErrorWriter errors;
    private SecurityContextHolderStrategy securityContext = SecurityContextHolder.getContextHolderStrategy();

    public UserSyncFilter(SyncUserUseCase syncUser, RecentlySyncedUsers recentlySynced, ApiErrorWriter errors) {
        this.syncUser = syncUser;
        this.recentlySynced = recentlySynced;
        this.errors = errors;
    }

    public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy strategy) {
        this.securityContext = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof Jwt jwt) {
            UserId userId;
            try {
                userId = UserId.of(jwt.getSubject());
            } catch (InvalidValueException e) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"invalid_token\", error_description=\"The token subject is not a valid user id\"");
                errors.write(response, HttpStatus.UNAUTHORIZED, ApiErrorCodes.AUTH_REQUIRED,
                        "The token's subject is not a valid user id.");
                return;
            }
            SyncUserCommand claims = new SyncUserCommand(userId, name(jwt), text(jwt, "picture"));
            if (!recentlySynced.alreadySynced(claims)) {
                syncUser.sync(claims);
                recentlySynced.remember(claims);
            }
        }
        chain.doFilter(request, response);
    }

    private static String name(Jwt jwt) {
        String name = text(jwt, "name");
        return name != null ? name : text(jwt, "preferred_username");
    }

    private static String text(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.strip();
    }
}
