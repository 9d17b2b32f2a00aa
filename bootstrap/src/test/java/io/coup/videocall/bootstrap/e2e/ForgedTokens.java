package io.coup.videocall.bootstrap.e2e;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import static io.coup.videocall.bootstrap.e2e.EndToEndTest.CLOCK;
import static io.coup.videocall.bootstrap.e2e.EndToEndTest.JSON;
import static io.coup.videocall.bootstrap.e2e.EndToEndTest.unique;

/** Tokens an attacker (or a clumsy client) might present; the service must refuse every one (SPEC §7). */
final class ForgedTokens {

    /** A forged token, named for test reports. */
    record Forged(String name, Supplier<String> token) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final KeyPair RSA = rsaKeyPair();

    private ForgedTokens() {
    }

    /** Every kind of bad token, each freshly made for a new subject. */
    static List<Forged> all() {
        return List.of(
                new Forged("garbage", () -> "not-a-jwt"),
                new Forged("three garbage parts", () -> "abc.def.ghi"),
                new Forged("expired", ForgedTokens::expired),
                new Forged("not yet valid (nbf in the future)", ForgedTokens::notYetValid),
                new Forged("signed with another secret", ForgedTokens::signedWithAnotherSecret),
                new Forged("alg none", ForgedTokens::unsigned),
                new Forged("tampered payload", ForgedTokens::tampered),
                new Forged("RS256 with the attacker's key pair", ForgedTokens::rs256),
                new Forged("HS256 keyed with a public key (RS/HS confusion)", ForgedTokens::hs256KeyedWithPublicKey),
                new Forged("no subject", () -> EndToEndTest.token(c -> c.claim("name", "Nobody"))));
    }

    private static JwtClaimsSet.Builder claims(String label) {
        Instant now = CLOCK.instant();
        return JwtClaimsSet.builder().subject(unique(label)).claim("name", "Mallory").issuedAt(now).expiresAt(now.plusSeconds(3600));
    }

    static String expired() {
        return EndToEndTest.token(c -> c.subject(unique("late")).claim("name", "Late")
                .issuedAt(CLOCK.instant().minusSeconds(7200)).expiresAt(CLOCK.instant().minusSeconds(3600)));
    }

    static String notYetValid() {
        return EndToEndTest.token(c -> c.subject(unique("early")).claim("name", "Early")
                .notBefore(CLOCK.instant().plusSeconds(3600)).expiresAt(CLOCK.instant().plusSeconds(7200)));
    }

    /** {@code alg: none}: a header, a payload and an empty signature, built by hand. */
    static String unsigned() {
        long exp = CLOCK.instant().plusSeconds(3600).getEpochSecond();
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + base64Url("{\"sub\":\"" + unique("none") + "\",\"name\":\"Mallory\",\"exp\":" + exp + "}") + ".";
    }

    static String signedWithAnotherSecret() {
        return hs256(claims("forged").build(), "another-secret-that-is-long-enough-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    }

    /** A genuine token whose payload was edited afterwards (another subject), keeping the original signature. */
    static String tampered() {
        String[] parts = EndToEndTest.token(unique("victim"), "Victim").split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        payload.put("sub", unique("mallory"));
        return parts[0] + "." + base64Url(payload.toString()) + "." + parts[2];
    }

    /** Properly signed, but with a key pair the service never trusted, under an algorithm it was not set up for. */
    static String rs256() {
        NimbusJwtEncoder encoder = NimbusJwtEncoder.withKeyPair((RSAPublicKey) RSA.getPublic(), (RSAPrivateKey) RSA.getPrivate()).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims("rsa").build()))
                .getTokenValue();
    }

    /** The classic confusion attack: HS256 whose "secret" is a public key the attacker could read. */
    static String hs256KeyedWithPublicKey() {
        return hs256(claims("confused").build(), RSA.getPublic().getEncoded());
    }

    static String hs256(JwtClaimsSet claims, byte[] secret) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
