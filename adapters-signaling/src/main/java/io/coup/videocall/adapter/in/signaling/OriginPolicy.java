package io.coup.videocall.adapter.in.signaling;

import com.corundumstudio.socketio.AuthorizationListener;
import com.corundumstudio.socketio.AuthorizationResult;
import com.corundumstudio.socketio.HandshakeData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;

/**
 * The Origin allowlist, enforced at the Engine.IO handshake (netty-socketio's {@code origin} setting only writes a
 * CORS header). A browser always sends {@code Origin}: one not on the list is refused with 401 before any socket
 * exists. Non-browser clients (servers, tests) send none and are let through to the token check.
 */
class OriginPolicy implements AuthorizationListener {

    private static final Logger log = LoggerFactory.getLogger(OriginPolicy.class);

    private final Set<String> allowed;

    OriginPolicy(List<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins);
    }

    @Override
    public AuthorizationResult getAuthorizationResult(HandshakeData data) {
        String origin = data.getHttpHeaders() == null ? null : data.getHttpHeaders().get("Origin");
        if (origin == null || allowed.contains(origin)) {
            return AuthorizationResult.SUCCESSFUL_AUTHORIZATION;
        }
        log.debug("Socket handshake from origin {} refused", origin);
        return AuthorizationResult.FAILED_AUTHORIZATION;
    }
}
