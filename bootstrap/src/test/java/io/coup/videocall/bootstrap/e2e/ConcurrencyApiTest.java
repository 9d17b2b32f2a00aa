package io.coup.videocall.bootstrap.e2e;

import io.coup.videocall.bootstrap.e2e.Steps.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** SPEC §6.2: many requests (and socket events) at the same moment leave one consistent state. */
class ConcurrencyApiTest extends EndToEndTest {

    private final Steps steps = new Steps(this);

    @Autowired
    private JdbcTemplate jdbc;

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

    /** {@code count} new people, {@code prefix}0, {@code prefix}1, …, each added to the study by its owner. */
    private List<Person> newMembers(String study, Person owner, String prefix, int count) {
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person member = Steps.person(prefix + i);
            addMember(study, owner.token(), member.id());
            members.add(member);
        }
        return members;
    }

    /**
     * The maximum is stored with each call when it starts (coup.calls.max-participants, 10 in these tests); a call
     * is given more in the database rather than booting a second service for one number.
     */
    private void allowParticipants(String session, int max) {
        assertThat(jdbc.update("UPDATE video_call_sessions SET max_participants = ? WHERE id = ?", max, session))
                .isEqualTo(1);
    }

    @Test
    void fifty_concurrent_starts_create_exactly_one_call() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        List<Person> starters = new ArrayList<>();
        starters.add(owner);
        starters.addAll(newMembers(study, owner, "starter", 49));

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
    void two_hundred_concurrent_joins_to_a_call_of_150_admit_exactly_150_and_every_count_agrees() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        allowParticipants(session, 150);
        List<Person> people = newMembers(study, owner, "joiner", 200);

        List<Response> responses = together(people, p -> post(call(study) + "/join", p.token(), sessionBody(session)));

        List<Response> refused = responses.stream().filter(r -> r.status() != 200).toList();
        assertThat(refused).hasSize(50);
        refused.forEach(r -> assertError(r, 409, "SESSION_FULL"));
        List<String> admitted = responses.stream().filter(r -> r.status() == 200)
                .map(r -> r.json().get("participant").get("userId").stringValue()).toList();
        assertThat(admitted).hasSize(150).doesNotHaveDuplicates();
        assertThat(strings(steps.status(study, owner).get("participants"), "userId"))
                .containsExactlyInAnyOrderElementsOf(admitted);
        JsonNode listed = steps.history(study, owner, "").get("sessions").get(0);
        assertThat(listed.get("participantCount").intValue()).isEqualTo(150);
        assertThat(strings(listed.get("participants"), "userId")).containsExactlyInAnyOrderElementsOf(admitted);
        JsonNode mine = find(get("/api/my-studies", owner.token()).json().get("studies"), "id", study);
        assertThat(mine.get("activeCall").get("participantCount").intValue()).isEqualTo(150);
        assertThat(steps.detail(study, session, owner).get("participants").size()).isEqualTo(150);
    }

    @Test
    void toggles_racing_with_leaves_lose_no_time_and_add_none() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        JsonNode started = steps.start(study, owner);
        String session = started.get("id").stringValue();
        Map<String, Object> join = Map.of("studyId", study, "roomId", started.get("roomId").stringValue(),
                "isMuted", true);
        List<Person> people = new ArrayList<>();
        people.add(owner);
        for (int i = 0; i < 5; i++) {
            people.add(steps.member(study, owner, "toggler" + i));
        }
        try (SocketIoDriver sockets = SocketIoDriver.start("http://localhost:" + SIGNALING_PORT + "/coup")) {
            for (Person p : people) {
                sockets.connected(p.id(), p.token());
                assertThat(sockets.emitAndAck(p.id(), "video:join-room", join, "join").get("ok").asBoolean()).isTrue();
            }
            CLOCK.advanceSeconds(60);

            // Every toggle and every leave happen at the same instant of the service's clock: whatever order the
            // database applies them in, each person was there, muted, for exactly 60 seconds.
            for (int t = 0; t < 20; t++) {
                for (Person p : people) {
                    sockets.emit(p.id(), "video:toggle-audio", Map.of("roomId", join.get("roomId"), "isMuted", t % 2 == 1),
                            "toggle" + t);
                }
            }
            List<Response> leaves = together(people, p -> post(call(study) + "/leave", p.token(), sessionBody(session)));
            for (int t = 0; t < 20; t++) {
                for (Person p : people) {
                    JsonNode ack = sockets.ack(p.id(), "toggle" + t);
                    assertThat(ack.get("ok").asBoolean() || List.of("PARTICIPANT_NOT_FOUND", "SESSION_ENDED")
                            .contains(ack.get("code").stringValue())).as("ack %s", ack).isTrue();
                }
            }
            assertThat(leaves).extracting(Response::status).containsOnly(200);
        }
        CLOCK.advanceSeconds(60); // nothing may run on after the leave

        JsonNode detail = steps.detail(study, session, owner);
        assertThat(detail.get("duration").longValue()).isEqualTo(60);
        for (Person p : people) {
            JsonNode participant = find(detail.get("participants"), "userId", p.id());
            assertThat(participant.get("duration").longValue()).as("time of %s", p.id()).isEqualTo(60);
            assertThat(participant.get("audioMutedTime").longValue()).as("muted time of %s", p.id()).isEqualTo(60);
            assertThat(participant.get("isMuted").asBoolean()).isFalse();
            assertThat(participant.get("segments").size()).isEqualTo(1);
        }
    }

    /**
     * The browser client's way in, many at once into a call in progress: by study (the default, which may start the
     * call), by session id, and by study without starting one. Each finds the call before it locks it to join, so a
     * read of the call that stayed in the transaction would meet the version another join had moved on meanwhile.
     */
    @Test
    void thirty_concurrent_quick_joins_into_a_call_in_progress_each_get_in() throws Exception {
        Person owner = person("owner");
        String study = steps.study(owner);
        String session = steps.startId(study, owner);
        allowParticipants(session, 100);
        List<Person> people = newMembers(study, owner, "quick", 30);
        List<String> bodies = List.of("{\"studyId\":\"" + study + "\"}",
                "{\"studyId\":\"" + study + "\",\"sessionId\":\"" + session + "\"}",
                "{\"studyId\":\"" + study + "\",\"autoCreateSession\":false}");

        List<Response> responses = together(people, p -> post(AdvancedApiEndToEndTest.ADVANCED + "/quick-join",
                p.token(), bodies.get(people.indexOf(p) % bodies.size())));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as("quick-join %s", r).isEqualTo(200));
        assertThat(responses).extracting(r -> r.json().get("sessionId").stringValue()).containsOnly(session);
        assertThat(responses).extracting(r -> r.json().get("isNewSession").booleanValue()).containsOnly(false);
        assertThat(strings(steps.status(study, owner).get("participants"), "userId"))
                .containsExactlyInAnyOrderElementsOf(people.stream().map(Person::id).toList());
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
