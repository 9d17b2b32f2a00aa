package io.coup.videocall.adapter.in.signaling;

import io.coup.videocall.adapter.out.signaling.RenewalHeartbeat;
import io.coup.videocall.domain.study.StudyId;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Study presence across nodes ({@code coup.signaling.store=redis}): a user is online in a study from their first
 * socket there on any node until their last one leaves, so a user with a tab on each node is announced once and is
 * not told gone while a tab remains; a status change reaches the study rooms of all their tabs.
 * <p>
 * Keys (prefix {@code coup.signaling.redis.key-prefix}): {@code <prefix>presence:study:<studyId>:<userId>}, a sorted
 * set of the user's socket ids in that study room, and {@code <prefix>presence:user:<userId>}, a sorted set of
 * {@code "<studyId> <socketId>"}; each member's score is when it expires ({@code entry-ttl} ahead, renewed by its node
 * every third of it), so a crashed node's sockets stop counting within one TTL. Adding or removing a socket and
 * counting the others is one script, atomic across nodes, so exactly one join announces and one leave says goodbye.
 * This node's own bookkeeping (which socket joined what) stays in {@link StudyPresence}.
 */
class RedisStudyPresence extends StudyPresence implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisStudyPresence.class);

    /** KEYS: study-user set, user set. ARGV: now, expiry, socket, "study socket", ttl ms. Returns the sockets left. */
    private static final String JOIN = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('PEXPIRE', KEYS[2], ARGV[5])
            return redis.call('ZCARD', KEYS[1])""";

    /** KEYS as {@link #JOIN}. ARGV: now, socket, "study socket". Returns the sockets left. */
    private static final String LEAVE = """
            redis.call('ZREM', KEYS[1], ARGV[2])
            redis.call('ZREM', KEYS[2], ARGV[3])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            return redis.call('ZCARD', KEYS[1])""";

    /** KEYS as {@link #JOIN}. ARGV: expiry, socket, "study socket", ttl ms. Moves a live socket's expiry on. */
    private static final String RENEW = """
            redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], 'XX', ARGV[1], ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            redis.call('PEXPIRE', KEYS[2], ARGV[4])
            return 0""";

    private final RedissonClient redis;
    private final String prefix;
    private final Duration ttl;
    private final RenewalHeartbeat heartbeat;

    RedisStudyPresence(RedissonClient redis, String keyPrefix, Duration entryTtl) {
        this.redis = redis;
        this.prefix = keyPrefix;
        this.ttl = entryTtl;
        this.heartbeat = new RenewalHeartbeat("signaling-redis-presence", entryTtl, this::renew);
    }

    @Override
    synchronized boolean join(UUID socket, String userId, StudyId study) {
        if (isIn(socket, study)) {
            return false;
        }
        super.join(socket, userId, study);
        long now = System.currentTimeMillis();
        return eval(JOIN, userId, study, String.valueOf(now), String.valueOf(now + ttl.toMillis()), socket.toString(),
                member(study, socket), String.valueOf(ttl.toMillis())) == 1;
    }

    @Override
    synchronized boolean leave(UUID socket, StudyId study) {
        var mine = of(socket);
        if (mine.isEmpty() || !mine.get().getValue().contains(study)) {
            return false;
        }
        super.leave(socket, study);
        return gone(mine.get().getKey(), study, socket);
    }

    @Override
    synchronized List<StudyId> drop(UUID socket) {
        var mine = of(socket);
        super.drop(socket);
        if (mine.isEmpty()) {
            return List.of();
        }
        return mine.get().getValue().stream().filter(study -> gone(mine.get().getKey(), study, socket)).toList();
    }

    /** The studies where the user has a socket in the study room on any node. */
    @Override
    synchronized Set<StudyId> studiesOfUser(String userId) {
        Collection<String> members = redis.<String>getScoredSortedSet(userKey(userId), StringCodec.INSTANCE)
                .valueRange(System.currentTimeMillis(), true, Double.POSITIVE_INFINITY, true);
        Set<StudyId> studies = new LinkedHashSet<>();
        members.forEach(m -> studies.add(StudyId.of(m.substring(0, m.indexOf(' ')))));
        return studies;
    }

    /** Takes the socket out of the study room in Redis; true when it was the user's last socket there on any node. */
    private boolean gone(String userId, StudyId study, UUID socket) {
        return eval(LEAVE, userId, study, String.valueOf(System.currentTimeMillis()), socket.toString(),
                member(study, socket)) == 0;
    }

    private void renew() {
        long expiry = System.currentTimeMillis() + ttl.toMillis();
        all().forEach((socket, mine) -> mine.getValue().forEach(study -> eval(RENEW, mine.getKey(), study,
                String.valueOf(expiry), socket.toString(), member(study, socket), String.valueOf(ttl.toMillis()))));
    }

    /** Stops renewing and takes this node's sockets out (they are gone with it). */
    @Override
    public void close() {
        heartbeat.close();
        try {
            all().forEach((socket, mine) -> mine.getValue().forEach(study -> gone(mine.getKey(), study, socket)));
        } catch (RuntimeException e) {
            log.warn("Removing this node's study presence from Redis failed; it expires after {}", ttl, e);
        }
    }

    private long eval(String script, String userId, StudyId study, String... args) {
        List<Object> keys = new ArrayList<>(List.of(studyKey(study, userId), userKey(userId)));
        return redis.getScript(StringCodec.INSTANCE)
                .<Long>eval(RScript.Mode.READ_WRITE, script, RScript.ReturnType.LONG, keys, (Object[]) args);
    }

    private String studyKey(StudyId study, String userId) {
        return prefix + "presence:study:" + study.value() + ":" + userId;
    }

    private String userKey(String userId) {
        return prefix + "presence:user:" + userId;
    }

    private static String member(StudyId study, UUID socket) {
        return study.value() + ' ' + socket;
    }
}
