package io.coup.videocall.adapter.out.signaling;

import io.coup.videocall.application.port.out.LiveConnection;
import io.coup.videocall.domain.call.RoomId;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link SocketRooms} that writes down what it was asked to do, in order, and lists the connections it is given. */
class RecordingSocketRooms implements SocketRooms {

    final List<String> done = new ArrayList<>();
    final Map<RoomId, List<LiveConnection>> connections = new HashMap<>();

    @Override
    public void send(String room, String event, Object payload) {
        done.add(room + " " + event + " " + payload);
    }

    @Override
    public void removeFromCall(UserId user, SessionId sessionId) {
        done.add("remove " + user + " from " + sessionId);
    }

    @Override
    public void endMembership(UserId user, StudyId studyId) {
        done.add("end membership of " + user + " in " + studyId.value());
    }

    @Override
    public List<LiveConnection> connections(RoomId room) {
        return connections.getOrDefault(room, List.of());
    }

    @Override
    public void disconnect(String connectionId) {
        done.add("disconnect " + connectionId);
    }

    @Override
    public void disconnectTickets(RoomId room) {
        done.add("disconnect tickets of " + room.value());
    }
}
