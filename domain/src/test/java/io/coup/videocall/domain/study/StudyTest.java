package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.shared.InvalidValueException;
import io.coup.videocall.domain.user.UserId;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyTest {

    private static final Instant T0 = Instant.parse("2025-11-19T10:00:00Z");
    private static final StudyId ID = StudyId.of("algo");
    private static final UserId FOUNDER = UserId.of("founder");

    @Test
    void a_blank_name_is_rejected() {
        assertThatThrownBy(() -> Study.found(ID, "   ", FOUNDER, T0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.details().get("fields")).asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsKey("name");
                });
    }

    @Test
    void a_missing_name_is_rejected() {
        assertThatThrownBy(() -> Study.found(ID, null, FOUNDER, T0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_name_longer_than_100_characters_is_rejected() {
        assertThatThrownBy(() -> Study.found(ID, "n".repeat(101), FOUNDER, T0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.details()).isEqualTo(Map.of("fields",
                                Map.of("name", "must be at most 100 characters"))));
    }

    @Test
    void a_name_of_exactly_100_characters_is_accepted() {
        assertThat(Study.found(ID, "n".repeat(100), FOUNDER, T0).name()).hasSize(100);
    }

    @Test
    void the_name_is_stored_without_surrounding_blanks() {
        assertThat(Study.found(ID, "  Algorithms  ", FOUNDER, T0).name()).isEqualTo("Algorithms");
    }

    @Test
    void a_rehydrated_study_keeps_its_members() {
        StudyMember owner = new StudyMember(FOUNDER, StudyRole.OWNER, MemberStatus.ACTIVE, T0);
        StudyMember pending = new StudyMember(UserId.of("p"), StudyRole.MEMBER, MemberStatus.PENDING, T0);

        Study study = Study.rehydrate(ID, "Algorithms", T0, List.of(owner, pending));

        assertThat(study.members()).containsExactly(owner, pending);
        assertThat(study.activeMembers()).containsExactly(owner);
    }
}
