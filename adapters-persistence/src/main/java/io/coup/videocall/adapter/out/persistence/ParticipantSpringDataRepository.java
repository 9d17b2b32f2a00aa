package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One person's participant of a call, and aggregates over participant rows; the aggregates read the stored totals,
 * never the segments.
 */
interface ParticipantSpringDataRepository extends JpaRepository<ParticipantJpaEntity, String> {

    /** The person's participant with its segments, through {@code uq_participants_session_user}. */
    @Query("""
            select p from ParticipantJpaEntity p left join fetch p.segments
            where p.session.id = :sessionId and p.userId = :userId""")
    Optional<ParticipantJpaEntity> findWithSegments(@Param("sessionId") String sessionId,
                                                    @Param("userId") String userId);

    /** The participants present in a call (an open segment), with their segments. */
    @Query("""
            select p from ParticipantJpaEntity p left join fetch p.segments
            where p.session.id = :sessionId and p.openSince is not null""")
    List<ParticipantJpaEntity> findPresentWithSegments(@Param("sessionId") String sessionId);

    /** Everyone else in a call, in brief: how many are present, and when the last of them left. */
    @Query("""
            select new io.coup.videocall.adapter.out.persistence.OthersRow(count(p.openSince), max(p.leftAt))
            from ParticipantJpaEntity p
            where p.session.id = :sessionId and p.userId <> :userId""")
    OthersRow othersThan(@Param("sessionId") String sessionId, @Param("userId") String userId);

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.UserTotalsRow(
                count(p), coalesce(sum(p.attendedMs), 0), coalesce(sum(p.audioMutedMs), 0),
                coalesce(sum(p.videoOffMs), 0), coalesce(sum(p.screenSharedMs), 0), min(p.joinedAt), max(p.joinedAt))
            from ParticipantJpaEntity p join p.session s
            where p.userId = :userId and s.studyId = :studyId and s.endedAt is not null
              and s.startedAt >= :from and s.startedAt < :until""")
    UserTotalsRow endedTotalsOf(@Param("studyId") String studyId, @Param("userId") String userId,
                                @Param("from") Instant from, @Param("until") Instant until);

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.UserActivityRow(
                p.userId, count(p), coalesce(sum(p.attendedMs), 0))
            from ParticipantJpaEntity p join p.session s
            where s.studyId = :studyId and s.endedAt is not null and s.startedAt >= :from and s.startedAt < :until
            group by p.userId""")
    List<UserActivityRow> endedActivity(@Param("studyId") String studyId, @Param("from") Instant from,
                                        @Param("until") Instant until);

    boolean existsByUserIdAndSessionStudyId(String userId, String studyId);
}
