package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.UserBody;

/** {@code {"user": {id, name, avatar}}} */
public record MeResponse(UserBody user) {
}
