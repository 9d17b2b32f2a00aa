package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.shared.ErrorCode;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import static io.coup.videocall.application.service.Fixture.GHOST;
import static io.coup.videocall.application.service.Fixture.MEMBER;
import static io.coup.videocall.application.service.Fixture.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

class GetCurrentUserServiceTest {

    private final Fixture world = new Fixture();
    private final GetCurrentUserService service = world.currentUser();

    @Test
    void a_known_user_gets_their_profile() {
        assertThat(service.currentUser(MEMBER)).isEqualTo(new UserView("mina", "Mina", "https://img.example/mina.png"));
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertFailsWith(ErrorCode.USER_NOT_FOUND, () -> service.currentUser(GHOST));
        assertFailsWith(ErrorCode.USER_NOT_FOUND, () -> service.currentUser(UserId.of("nobody")));
    }

    @Test
    void after_syncing_the_claims_the_user_is_known() {
        world.syncUser().sync(new io.coup.videocall.application.port.in.user.SyncUserCommand(GHOST, "Ghost", null));

        assertThat(service.currentUser(GHOST)).isEqualTo(new UserView("ghost", "Ghost", null));
    }
}
