package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.user.User;

public interface SaveUserPort {

    /** Inserts or updates the user. */
    void saveUser(User user);
}
