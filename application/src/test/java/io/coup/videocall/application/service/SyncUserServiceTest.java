package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.user.SyncUserCommand;
import io.coup.videocall.application.port.in.user.UserView;
import io.coup.videocall.domain.user.User;
import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncUserServiceTest {

    private static final UserId NEW = UserId.of("kakao|12345");

    private final Fixture world = new Fixture();
    private final SyncUserService service = world.syncUser();

    @Test
    void a_first_request_stores_the_user_from_the_claims() {
        UserView view = service.sync(new SyncUserCommand(NEW, "Hana", "https://img.example/hana.png"));

        assertThat(view).isEqualTo(new UserView("kakao|12345", "Hana", "https://img.example/hana.png"));
        assertThat(world.users.loadUser(NEW)).contains(new User(NEW, "Hana", "https://img.example/hana.png"));
        assertThat(world.users.saveCount()).isEqualTo(1);
    }

    @Test
    void unchanged_claims_write_nothing() {
        service.sync(new SyncUserCommand(NEW, "Hana", null));
        service.sync(new SyncUserCommand(NEW, "Hana", null));
        service.sync(new SyncUserCommand(NEW, "Hana", null));

        assertThat(world.users.saveCount()).isEqualTo(1);
    }

    @Test
    void a_changed_name_or_avatar_is_written() {
        service.sync(new SyncUserCommand(NEW, "Hana", null));

        service.sync(new SyncUserCommand(NEW, "Hana Kim", null));
        UserView view = service.sync(new SyncUserCommand(NEW, "Hana Kim", "https://img.example/new.png"));

        assertThat(world.users.saveCount()).isEqualTo(3);
        assertThat(view.avatar()).isEqualTo("https://img.example/new.png");
        assertThat(world.users.loadUser(NEW)).contains(new User(NEW, "Hana Kim", "https://img.example/new.png"));
    }

    @Test
    void a_member_added_by_id_gets_their_profile_on_first_sign_in() {
        UserId added = UserId.of("added-later");
        world.users.add(User.known(added));

        service.sync(new SyncUserCommand(added, "Later", null));

        assertThat(world.users.loadUser(added)).contains(new User(added, "Later", null));
        assertThat(world.users.saveCount()).isEqualTo(1);
    }

    @Test
    void an_oversized_avatar_is_dropped_rather_than_refused() {
        UserView view = service.sync(new SyncUserCommand(NEW, "Hana", "https://x/" + "a".repeat(User.MAX_AVATAR_LENGTH)));

        assertThat(view.avatar()).isNull();
        assertThat(world.users.loadUser(NEW).orElseThrow().avatar()).isNull();
    }

    @Test
    void an_overlong_name_is_cut_and_repeating_it_writes_nothing_more() {
        String longName = "N".repeat(User.MAX_NAME_LENGTH + 20);

        service.sync(new SyncUserCommand(NEW, longName, null));
        service.sync(new SyncUserCommand(NEW, longName, null));

        assertThat(world.users.loadUser(NEW).orElseThrow().name()).hasSize(User.MAX_NAME_LENGTH);
        assertThat(world.users.saveCount()).isEqualTo(1);
    }
}
