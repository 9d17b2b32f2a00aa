package io.coup.videocall.application.port.out;

import io.coup.videocall.domain.call.SessionId;

import java.util.List;
import java.util.Optional;

/** Finds calls by their room on the media server. */
public interface MediaCallsPort {

    /** The call whose {@code mediaRoomId} this is, ended or not. */
    Optional<SessionId> findCallByMediaRoom(String mediaRoomId);

    /** Every call in progress that has a media room. */
    List<SessionId> activeCallsWithMediaRoom();
}
