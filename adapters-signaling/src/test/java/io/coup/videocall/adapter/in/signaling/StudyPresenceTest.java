package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.study.StudyId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StudyPresenceTest {

    private static final StudyId ALGO = StudyId.of("algo");
    private static final StudyId MATH = StudyId.of("math");

    private final StudyPresence presence = new StudyPresence();
    private final UUID tab1 = UUID.randomUUID();
    private final UUID tab2 = UUID.randomUUID();
    private final UUID bobs = UUID.randomUUID();

    @Test
    void a_user_comes_online_with_their_first_socket_and_goes_offline_with_their_last() {
        assertThat(presence.join(tab1, "ann", ALGO)).isTrue();
        assertThat(presence.join(tab2, "ann", ALGO)).isFalse();
        assertThat(presence.join(bobs, "bob", ALGO)).isTrue();

        assertThat(presence.leave(tab1, ALGO)).isFalse();
        assertThat(presence.leave(tab2, ALGO)).isTrue();
    }

    @Test
    void joining_twice_or_leaving_a_study_one_is_not_in_announces_nothing() {
        assertThat(presence.join(tab1, "ann", ALGO)).isTrue();
        assertThat(presence.join(tab1, "ann", ALGO)).isFalse();
        assertThat(presence.leave(tab1, MATH)).isFalse();
        assertThat(presence.leave(bobs, ALGO)).isFalse();
        assertThat(presence.isIn(tab1, ALGO)).isTrue();
        assertThat(presence.isIn(tab1, MATH)).isFalse();
    }

    @Test
    void a_users_studies_are_those_of_all_their_sockets_and_no_one_elses() {
        presence.join(tab1, "ann", ALGO);
        presence.join(tab2, "ann", MATH);
        presence.join(bobs, "bob", ALGO);

        assertThat(presence.studiesOfUser("ann")).containsExactlyInAnyOrder(ALGO, MATH);
        assertThat(presence.studiesOfUser("bob")).containsExactly(ALGO);
        assertThat(presence.studiesOfUser("carol")).isEmpty();
    }

    @Test
    void a_dropped_socket_is_offline_only_where_it_was_the_users_last() {
        presence.join(tab1, "ann", ALGO);
        presence.join(tab1, "ann", MATH);
        presence.join(tab2, "ann", MATH);

        assertThat(presence.studiesOfUser("ann")).containsExactlyInAnyOrder(ALGO, MATH);
        assertThat(presence.drop(tab1)).containsExactly(ALGO);
        assertThat(presence.studiesOfUser("ann")).containsExactly(MATH);
        assertThat(presence.drop(tab1)).isEmpty();
        assertThat(presence.drop(tab2)).containsExactly(MATH);
        assertThat(presence.studiesOfUser("ann")).isEmpty();
    }
}
