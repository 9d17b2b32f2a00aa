package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5.3: the call counters, read as Prometheus scrapes them ({@code GET /actuator/prometheus}, text format), move
 * by exactly what a call run over REST did. A context of its own: other classes' sockets, dropping within their
 * reconnect grace, would end calls and count leaves in the shared one while this class counts. It runs after the
 * shared context's classes, which must not be resumed after a pause (see {@link OpenViduAdvancedApiEndToEndTest}).
 */
@Order(Integer.MAX_VALUE - 1)
class CallMetricsEndToEndTest extends EndToEndTest {

    private static final int OWN_SIGNALING_PORT = freePort();
    /** A sample line of the text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^(coup_calls_\\w+)(\\{[^}]*})?\\s+(\\S+)$");

    private static final String STARTED = "coup_calls_started_total";
    private static final String ENDED = "coup_calls_ended_total";
    private static final String JOINS = "coup_calls_joins_total";

    private final Steps steps = new Steps(this);

    @DynamicPropertySource
    static void ownSignalingPort(DynamicPropertyRegistry registry) {
        registry.add("coup.signaling.port", () -> OWN_SIGNALING_PORT);
    }

    private static String leaves(String reason) {
        return "coup_calls_leaves_total{reason=\"" + reason + "\"}";
    }

    @Test
    void a_call_run_over_rest_moves_each_counter_by_what_happened_and_nothing_else() {
        Person owner = Steps.person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        Person kicked = steps.member(study, owner, "kicked");
        Map<String, Double> before = scrape();

        String session = steps.startId(study, owner);
        steps.startId(study, member);                 // finds the running call: no second start
        steps.join(study, session, owner);
        steps.join(study, session, owner);            // a second tab: the same visit
        steps.join(study, session, member);
        steps.leave(study, session, member);
        steps.join(study, session, member);           // a return: a new visit
        steps.join(study, session, kicked);
        Response kick = post(call(study) + "/sessions/" + session + "/participants/" + kicked.id() + "/kick",
                owner.token(), null);
        assertThat(kick.status()).as("kick %s", kick).isEqualTo(202);
        steps.leave(study, session, member);
        steps.leave(study, session, owner);           // the last one: the call ends

        assertThat(moved(before, scrape())).containsExactlyInAnyOrderEntriesOf(Map.of(
                STARTED, 1.0,
                JOINS, 4.0,
                leaves("LEFT"), 3.0,
                leaves("KICKED"), 1.0,
                ENDED, 1.0));
    }

    @Test
    void ending_a_call_counts_everyone_still_in_it_as_leaving_with_session_ended() {
        Person owner = Steps.person("owner");
        String study = steps.study(owner);
        Person member = steps.member(study, owner, "member");
        String session = steps.startId(study, owner);
        steps.join(study, session, owner);
        steps.join(study, session, member);
        Map<String, Double> before = scrape();

        steps.end(study, session, owner);

        assertThat(moved(before, scrape())).containsExactlyInAnyOrderEntriesOf(Map.of(
                leaves("SESSION_ENDED"), 2.0,
                ENDED, 1.0));
    }

    @Test
    void every_call_meter_is_exposed_as_a_described_counter_from_the_start() {
        Person reader = Steps.person("reader");

        Response scraped = get("/actuator/prometheus", reader.token());

        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.header("Content-Type")).startsWith("text/plain");
        for (String counter : new String[] {"coup_calls_started", "coup_calls_ended", "coup_calls_joins",
                "coup_calls_leaves"}) {
            assertThat(scraped.body()).contains("# TYPE " + counter + "_total counter\n", "# HELP " + counter + "_total ");
        }
        assertThat(scrape(scraped).keySet()).contains(leaves("LEFT"), leaves("DISCONNECTED"), leaves("KICKED"),
                leaves("SESSION_ENDED"), leaves("REAPED"), leaves("REMOVED"));
    }

    private Map<String, Double> scrape() {
        Response scraped = get("/actuator/prometheus", Steps.person("scraper").token());
        assertThat(scraped.status()).as("scrape %s", scraped).isEqualTo(200);
        return scrape(scraped);
    }

    /** Every {@code coup_calls_*} sample, by name and labels as written. */
    private static Map<String, Double> scrape(Response scraped) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : scraped.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)),
                        Double.parseDouble(sample.group(3)));
            }
        }
        return samples;
    }

    /** The samples that changed, by how much. */
    private static Map<String, Double> moved(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> moved = new HashMap<>();
        after.forEach((name, value) -> {
            double delta = value - before.getOrDefault(name, 0.0);
            if (delta != 0) {
                moved.put(name, delta);
            }
        });
        return moved;
    }
}
