package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.Samples;
import io.coup.videocall.adapter.in.rest.UserBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserRestMapperTest {

    private final UserRestMapper mapper = new UserRestMapperImpl();

    @Test
    void user() {
        assertThat(mapper.toMeResponse(Samples.ALICE))
                .isEqualTo(new MeResponse(new UserBody("alice", "Alice", "https://img.example/alice.png")));
        assertThat(mapper.toBody(Samples.BOB)).isEqualTo(new UserBody("bob", null, null));
    }
}
