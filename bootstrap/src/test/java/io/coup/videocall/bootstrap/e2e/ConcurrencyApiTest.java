package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.coup.videocall.bootstrap.e2e.Api.ALREADY_IN_PROGRESS;
import static io.coup.videocall.bootstrap.e2e.Api.assertError;
import static io.coup.videocall.bootstrap.e2e.Api.find;
import static io.coup.videocall.bootstrap.e2e.Api.strings;
import static io.coup.videocall.bootstrap.e2e.Steps.person;
import static io.coup.videocall.bootstrap.e2e.Steps.sessionBody;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §6.2: many requests at the same moment leave one consistent state. */
class ConcurrencyApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);

    /** Runs every task on its own thread, all released at once by a latch; returns the answers in task order. */
    private static <T> List<Response> together(List<T> inputs, Function<T, Response> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
        try {
            CountDownLatch ready = new CountDownLatch(inputs.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (T input : inputs) {
                Callable<Response> call = () -> {
                    ready.countDown();
                    go.await();
                    return task.apply(input);
                };
                futures.add(pool.submit(call));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fifty_concurrent_starts_create_exactly_one_call() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        List<Person> starters = new ArrayList<>();
        starters.add(owner);
        for (int i = 1; i < 50; i++) {
            Person member = Steps.person("starter" + i);
            addMember(study, owner.token(), member.id());
            starters.add(member);
        }

        List<Response> responses = together(starters, p -> post(call(study) + "/start", p.token(), null));

        assertThat(responses).extracting(Response::status).allMatch(s -> s == 200 || s == 201, "200 or 201");
        assertThat(responses).filteredOn(r -> r.status() == 201).as("exactly one call created").hasSize(1);
        assertThat(responses).extracting(r -> r.json().get("session").get("id").stringValue()).as("one session id")
                .containsOnly(responses.get(0).json().get("session").get("id").stringValue());
        assertThat(responses).filteredOn(r -> r.status() == 200)
                .extracting(r -> r.json().get("message").stringValue()).containsOnly(ALREADY_IN_PROGRESS);
        JsonNode history = steps.history(study, owner, "");
        assertThat(history.get("pagination").get("total").intValue()).isEqualTo(1);
        assertThat(history.get("sessions").size()).isEqualTo(1);
    }

    @Test
    void concurrent_joins_never_admit_more_than_the_maximum() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Person member = Steps.person("joiner" + i);
            addMember(study, owner.token(), member.id());
            people.add(member);
        }

        List<Response> responses = together(people, p -> post(call(study) + "/join", p.token(), sessionBody(session)));

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(10);
        List<Response> refused = responses.stream().filter(r -> r.status() != 200).toList();
        assertThat(refused).hasSize(5);
        refused.forEach(r -> assertError(r, 409, "SESSION_FULL"));
        List<String> admitted = responses.stream().filter(r -> r.status() == 200)
                .map(r -> r.json().get("participant").get("userId").stringValue()).toList();
        assertThat(strings(steps.status(study, owner).get("participants"), "userId"))
                .containsExactlyInAnyOrderElementsOf(admitted);
    }

    @Test
    void one_person_joining_many_times_at_once_is_one_participant_with_one_segment() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        List<Person> sameTwelveTimes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sameTwelveTimes.add(owner);
        }

        List<Response> responses = together(sameTwelveTimes, p -> post(call(study) + "/join", p.token(), sessionBody(session)));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(responses).extracting(r -> r.json().get("participant").get("id").stringValue()).containsOnly(
                responses.get(0).json().get("participant").get("id").stringValue());
        JsonNode participants = steps.detail(study, session, owner).get("participants");
        assertThat(participants.size()).isEqualTo(1);
        assertThat(participants.get(0).get("segments").size()).isEqualTo(1);
    }

    @Test
    void everyone_leaving_at_once_ends_the_call_once_and_loses_no_time() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        List<Person> people = new ArrayList<>();
        people.add(owner);
        for (int i = 0; i < 7; i++) {
            people.add(steps.member(study, owner, "leaver" + i));
        }
        for (Person p : people) {
            steps.join(study, session, p);
        }
        CLOCK.advanceSeconds(60);

        List<Response> responses = together(people, p -> post(call(study) + "/leave", p.token(), sessionBody(session)));

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(steps.status(study, owner).isNull()).as("the call ended").isTrue();
        JsonNode detail = steps.detail(study, session, owner);
        assertThat(detail.get("duration").longValue()).isEqualTo(60);
        for (Person p : people) {
            JsonNode participant = find(detail.get("participants"), "userId", p.id());
            assertThat(participant.get("duration").longValue()).as("time of %s", p.id()).isEqualTo(60);
            assertThat(participant.get("segments").size()).isEqualTo(1);
            assertThat(participant.get("segments").get(0).get("leaveReason").stringValue()).isEqualTo("LEFT");
        }
    }
}
