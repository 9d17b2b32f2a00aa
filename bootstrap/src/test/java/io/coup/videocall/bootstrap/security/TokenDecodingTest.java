package io.coup.videocall.bootstrap.security;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import io.coup.videocall.bootstrap.config.CoupProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SPEC §7 at the decoder REST and the Socket.IO handshake share: which tokens pass, for both ways of configuring
 * it (an HS256 secret; an identity provider's RSA and EC keys served over real HTTP), with the optional
 * issuer and audience checks.
 */
class TokenDecodingTest {

    private static final Instant NOW = Instant.parse("2026-11-19T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SECRET = "token-decoding-test-secret-0123456789-abcdef";
    private static final String ISSUER = "https://id.coup.example";
    private static final String AUDIENCE = "coup-video";
    private static final String KEY_ID = "provider-key-1";
    private static final String EC_KEY_ID = "provider-key-2";

    private static JwtClaimsSet claims(UnaryOperator<JwtClaimsSet.Builder> shape) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject("ann").issuedAt(NOW).expiresAt(NOW.plusSeconds(600));
        return shape.apply(claims).build();
    }

    private static String hs256(byte[] secret, JwtClaimsSet claims) {
        return NimbusJwtEncoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256")).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private static String rs256(KeyPair keys, JwtClaimsSet claims) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(KEY_ID).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY_ID).build(), claims))
                .getTokenValue();
    }

    private static String es256(KeyPair keys, JwtClaimsSet claims) {
        ECKey key = new ECKey.Builder(Curve.P_256, (ECPublicKey) keys.getPublic()).privateKey((ECPrivateKey) keys.getPrivate())
                .keyID(EC_KEY_ID).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).keyId(EC_KEY_ID).build(), claims))
                .getTokenValue();
    }

    private static String unsigned(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static KeyPair rsa() {
        return keyPair("RSA", generator -> generator.initialize(2048));
    }

    private static KeyPair ec() {
        return keyPair("EC", generator -> {
            try {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } catch (InvalidAlgorithmParameterException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static KeyPair keyPair(String algorithm, Consumer<KeyPairGenerator> init) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            init.accept(generator);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(JwtDecoder decoder, String token) {
        assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode(token));
    }

    @Nested
    class With_an_HS256_secret_issuer_and_audience {

        private final JwtDecoder decoder = TokenDecoding.decoder(
                new CoupProperties.Jwt(SECRET, null, null, ISSUER, AUDIENCE, Duration.ofSeconds(30)), CLOCK);
        private final byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);

        @Test
        void a_token_with_the_right_issuer_and_audience_passes() {
            String token = hs256(secret, claims(c -> c.issuer(ISSUER).audience(List.of("other", AUDIENCE))));

            assertThat(decoder.decode(token).getSubject()).isEqualTo("ann");
        }

        @Test
        void a_wrong_or_missing_issuer_is_refused() {
            assertRefused(decoder, hs256(secret, claims(c -> c.issuer("https://evil.example").audience(List.of(AUDIENCE)))));
            assertRefused(decoder, hs256(secret, claims(c -> c.audience(List.of(AUDIENCE)))));
        }

        @Test
        void a_wrong_or_missing_audience_is_refused() {
            assertRefused(decoder, hs256(secret, claims(c -> c.issuer(ISSUER).audience(List.of("another-service")))));
            assertRefused(decoder, hs256(secret, claims(c -> c.issuer(ISSUER))));
        }

        @Test
        void expired_and_not_yet_valid_tokens_are_refused_beyond_the_skew() {
            assertRefused(decoder, hs256(secret, claims(c -> c.issuer(ISSUER).audience(List.of(AUDIENCE))
                    .issuedAt(NOW.minusSeconds(3600)).expiresAt(NOW.minusSeconds(31)))));
            assertRefused(decoder, hs256(secret, claims(c -> c.issuer(ISSUER).audience(List.of(AUDIENCE))
                    .notBefore(NOW.plusSeconds(31)))));
        }

        @Test
        void an_RS256_token_and_alg_none_are_refused() {
            assertRefused(decoder, rs256(rsa(), claims(c -> c.issuer(ISSUER).audience(List.of(AUDIENCE)))));
            assertRefused(decoder, unsigned("{\"sub\":\"ann\",\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                    + "\",\"exp\":" + NOW.plusSeconds(600).getEpochSecond() + "}"));
        }
    }

    /**
     * An identity provider with an RSA and an EC P-256 key, serving its JWK set and its OpenID discovery document over
     * real HTTP; the service is configured either way ({@code jwk-set-uri} or {@code issuer-uri}).
     */
    @Nested
    class With_an_identity_providers_keys {

        private static final KeyPair RSA_KEYS = rsa();
        private static final KeyPair EC_KEYS = ec();
        private static HttpServer provider;
        private static String issuer;

        @BeforeAll
        static void serveTheProvider() throws IOException {
            provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            issuer = "http://127.0.0.1:" + provider.getAddress().getPort();
            serveJson("/jwks", new JWKSet(List.of(
                    new RSAKey.Builder((RSAPublicKey) RSA_KEYS.getPublic()).keyID(KEY_ID).build(),
                    new ECKey.Builder(Curve.P_256, (ECPublicKey) EC_KEYS.getPublic()).keyID(EC_KEY_ID).build()))
                    .toString());
            serveJson("/.well-known/openid-configuration",
                    "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\",\"ES256\"]}");
            provider.start();
        }

        private static void serveJson(String path, String json) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            provider.createContext(path, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
        }

        @AfterAll
        static void stop() {
            provider.stop(0);
        }

        static Stream<Named<JwtDecoder>> decoders() {
            return Stream.of(
                    Named.of("jwk-set-uri", TokenDecoding.decoder(
                            new CoupProperties.Jwt(null, null, issuer + "/jwks", issuer, null, Duration.ofSeconds(30)), CLOCK)),
                    Named.of("issuer-uri", TokenDecoding.decoder(
                            new CoupProperties.Jwt(null, issuer, null, null, null, Duration.ofSeconds(30)), CLOCK)));
        }

        @ParameterizedTest
        @MethodSource("decoders")
        void tokens_signed_by_the_providers_RSA_or_EC_key_pass(JwtDecoder decoder) {
            assertThat(decoder.decode(rs256(RSA_KEYS, claims(c -> c.issuer(issuer)))).getSubject()).isEqualTo("ann");
            assertThat(decoder.decode(es256(EC_KEYS, claims(c -> c.issuer(issuer)))).getSubject()).isEqualTo("ann");
        }

        @ParameterizedTest
        @MethodSource("decoders")
        void an_HS256_token_keyed_with_the_providers_public_key_is_refused(JwtDecoder decoder) {
            byte[] publicKey = RSA_KEYS.getPublic().getEncoded();
            assertRefused(decoder, hs256(publicKey, claims(c -> c.issuer(issuer))));
            byte[] pem = ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey)
                    + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII);
            assertRefused(decoder, hs256(pem, claims(c -> c.issuer(issuer))));
        }

        @ParameterizedTest
        @MethodSource("decoders")
        void a_token_signed_by_another_key_pair_alg_none_or_a_wrong_issuer_is_refused(JwtDecoder decoder) {
            assertRefused(decoder, rs256(rsa(), claims(c -> c.issuer(issuer))));
            assertRefused(decoder, es256(ec(), claims(c -> c.issuer(issuer))));
            assertRefused(decoder, unsigned("{\"sub\":\"ann\",\"iss\":\"" + issuer + "\",\"exp\":"
                    + NOW.plusSeconds(600).getEpochSecond() + "}"));
            assertRefused(decoder, rs256(RSA_KEYS, claims(c -> c.issuer("https://evil.example"))));
        }

        @ParameterizedTest
        @MethodSource("decoders")
        void a_tampered_payload_is_refused(JwtDecoder decoder) {
            for (String token : List.of(rs256(RSA_KEYS, claims(c -> c.issuer(issuer))),
                    es256(EC_KEYS, claims(c -> c.issuer(issuer))))) {
                String[] parts = token.split("\\.");
                String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"ann\"", "\"eve\"");
                String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

                assertRefused(decoder, tampered);
            }
        }
    }
}
