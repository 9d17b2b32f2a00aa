package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.domain.study.StudyId;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which study rooms each socket of this node joined ({@code presence:join-study}), and so whether a user is online
 * in a study: online from their first socket in it, offline when their last one leaves or drops. Synchronized: two
 * sockets of one user may join or leave at once, and exactly one of them must announce it. This node's sockets only;
 * with {@code coup.signaling.store=redis} {@link RedisStudyPresence} counts every node's.
 */
class StudyPresence {

    private record Sockets(String userId, Set<StudyId> studies) {
    }

    private final Map<UUID, Sockets> bySocket = new HashMap<>();

    /** Adds the socket to the study; true when the user was not online there before (announce them). */
    synchronized boolean join(UUID socket, String userId, StudyId study) {
        if (isIn(socket, study)) {
            return false;
        }
        boolean first = !online(userId, study);
        bySocket.computeIfAbsent(socket, s -> new Sockets(userId, new LinkedHashSet<>())).studies().add(study);
        return first;
    }

    /** Takes the socket out of the study; true when that was the user's last socket there (announce them gone). */
    synchronized boolean leave(UUID socket, StudyId study) {
        Sockets mine = bySocket.get(socket);
        if (mine == null || !mine.studies().remove(study)) {
            return false;
        }
        if (mine.studies().isEmpty()) {
            bySocket.remove(socket);
        }
        return !online(mine.userId(), study);
    }

    /** Forgets a socket that went; returns the studies where that was the user's last socket. */
    synchronized List<StudyId> drop(UUID socket) {
        Sockets mine = bySocket.remove(socket);
        if (mine == null) {
            return List.of();
        }
        return mine.studies().stream().filter(study -> !online(mine.userId(), study)).toList();
    }

    /** The user a socket of this node belongs to, and the studies it joined; empty for a socket in none. */
    synchronized Optional<Map.Entry<String, Set<StudyId>>> of(UUID socket) {
        Sockets mine = bySocket.get(socket);
        return mine == null ? Optional.empty() : Optional.of(Map.entry(mine.userId(), Set.copyOf(mine.studies())));
    }

    /** Every socket of this node with its user and studies. */
    synchronized Map<UUID, Map.Entry<String, Set<StudyId>>> all() {
        Map<UUID, Map.Entry<String, Set<StudyId>>> all = new HashMap<>();
        bySocket.forEach((socket, s) -> all.put(socket, Map.entry(s.userId(), Set.copyOf(s.studies()))));
        return all;
    }

    synchronized boolean isIn(UUID socket, StudyId study) {
        Sockets mine = bySocket.get(socket);
        return mine != null && mine.studies().contains(study);
    }

    /** The studies where any socket of the user on this node joined the study room. */
    synchronized Set<StudyId> studiesOfUser(String userId) {
        Set<StudyId> studies = new LinkedHashSet<>();
        bySocket.values().stream().filter(s -> s.userId().equals(userId)).forEach(s -> studies.addAll(s.studies()));
        return studies;
    }

    private boolean online(String userId, StudyId study) {
        return bySocket.values().stream().anyMatch(s -> s.userId().equals(userId) && s.studies().contains(study));
    }
}
