package io.coup.videocall.bootstrap.e2e;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import net.jqwik.api.Tuple.Tuple2;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Settings and generators shared by the fuzz tests. {@code -Dcoup.fuzz.tries=N} sets how many inputs each fuzz test
 * sends (CI default: {@link #DEFAULT_TRIES}); {@code -Dcoup.fuzz.seed=S} replays a run (every run prints its seed).
 * Inputs come from jqwik arbitraries drawn with a seeded {@link Random} in a {@link JqwikSession}, outside jqwik's
 * engine, because the service under test lives in the Spring test context that only JUnit Jupiter tests share.
 */
final class Fuzz {

    /** CI's quick pass; the long manual mode is {@code -Dcoup.fuzz.tries=10000} or more (docs/architecture.md). */
    static final int DEFAULT_TRIES = 1_000;

    private static final int GEN_SIZE = 1_000;

    private Fuzz() {
    }

    static int tries() {
        return Integer.getInteger("coup.fuzz.tries", DEFAULT_TRIES);
    }

    static long seed() {
        String configured = System.getProperty("coup.fuzz.seed");
        return configured != null ? Long.parseLong(configured) : new Random().nextLong();
    }

    /** {@code count} values of {@code arbitrary}, the same ones for the same seed. */
    static <T> List<T> draw(Arbitrary<T> arbitrary, int count, long seed) {
        JqwikSession.start();
        try {
            return arbitrary.generator(GEN_SIZE).stream(new Random(seed)).limit(count).map(s -> s.value()).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    /** One choice of {@link Arbitraries#frequencyOf}: {@code arbitrary}, drawn {@code weight} times as often as a 1. */
    static <T> Tuple2<Integer, Arbitrary<? extends T>> weight(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    // --- text and JSON ------------------------------------------------------------------------------------------

    /** Any text: unicode, control characters, quotes, backslashes, lone surrogates, sometimes long. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                weight(8, Arbitraries.strings().all().ofMaxLength(40)),
                weight(1, Arbitraries.strings().withChars("\"\\{}[]:,'<>%&;\u0000\n\t").ofMaxLength(20)),
                weight(1, Arbitraries.strings().alpha().ofMinLength(101).ofMaxLength(5_000)));
    }

    static String quote(String text) {
        return EndToEndTest.JSON.writeValueAsString(text);
    }

    /** A JSON value that is not a string: number, boolean, array or object, nested up to 5,000 deep. */
    static Arbitrary<String> nonString() {
        return nonString(5_000);
    }

    /** Likewise, nested at most {@code maxDepth} deep. */
    static Arbitrary<String> nonString(int maxDepth) {
        return Arbitraries.frequencyOf(
                weight(3, Arbitraries.integers().map(String::valueOf)),
                weight(1, Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e999")),
                weight(2, Arbitraries.of("true", "false", "-0", "1e400", "123456789012345678901234567890")),
                weight(2, json(2).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]")),
                weight(2, object(2)),
                weight(1, deepNesting(maxDepth)));
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(text().map(Fuzz::quote), Arbitraries.integers().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "0.5"));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(weight(4, scalar),
                weight(1, json(depth - 1).list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]")),
                weight(1, object(depth - 1)));
    }

    static Arbitrary<String> object(int depth) {
        Arbitrary<String> member = Combinators.combine(text().map(Fuzz::quote), depth == 0 ? Arbitraries.just("1") : json(depth))
                .as((key, value) -> key + ":" + value);
        return member.list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
    }

    /** Arrays or objects nested far deeper than any client would (and deeper than the parser allows). */
    static Arbitrary<String> deepNesting(int maxDepth) {
        return Arbitraries.integers().between(50, maxDepth).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth),
                "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
    }

    /** Bytes that are not valid UTF-8: stray continuation bytes, truncated sequences, overlongs, surrogates, 0xFF. */
    static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.of(
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
