package io.coup.videocall.adapter.in.signaling;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/**
 * What one node asks every node to do to its own sockets ({@link SocketCommands}): a socket lives on one node, and the
 * request that concerns it may arrive at any.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SocketCommand.Kick.class, name = "kick"),
        @JsonSubTypes.Type(value = SocketCommand.Disconnect.class, name = "disconnect"),
        @JsonSubTypes.Type(value = SocketCommand.CloseTickets.class, name = "close-tickets"),
        @JsonSubTypes.Type(value = SocketCommand.EndMembership.class, name = "end-membership")})
sealed interface SocketCommand {

    /** The user was kicked from the call: their sockets leave its room. */
    record Kick(UserId user, SessionId sessionId) implements SocketCommand {
        public Kick {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** A mesh connection (a ticket id or a socket id) is cut; its ticket is void. */
    record Disconnect(String connectionId) implements SocketCommand {
        public Disconnect {
            Objects.requireNonNull(connectionId, "connectionId");
        }
    }

    /** The call of this room ended: the sockets opened with a ticket for it go. */
    record CloseTickets(RoomId room) implements SocketCommand {
        public CloseTickets {
            Objects.requireNonNull(room, "room");
        }
    }

    /** The user is no longer an active member of the study: their sockets leave its study room and its call room. */
    record EndMembership(UserId user, StudyId studyId) implements SocketCommand {
        public EndMembership {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(studyId, "studyId");
        }
    }
}
