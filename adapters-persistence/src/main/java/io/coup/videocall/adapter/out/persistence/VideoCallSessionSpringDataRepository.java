package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface VideoCallSessionSpringDataRepository extends JpaRepository<VideoCallSessionJpaEntity, String> {

    /** The whole aggregate (call, participants, segments) in one query. */
    @Query("""
            select s from VideoCallSessionJpaEntity s
            left join fetch s.participants p left join fetch p.segments
            where s.id = :id""")
    Optional<VideoCallSessionJpaEntity> findGraphById(@Param("id") String id);

    /** A call's own columns as values (no entity enters the persistence context). */
    String SESSION_ROW = """
            select new io.coup.videocall.adapter.out.persistence.SessionRow(s.id, s.studyId, s.roomId, s.name,
                s.startedBy, s.startedAt, s.endedAt, s.mediaProvider, s.mediaRoomId, s.maxParticipants, s.autoCreated)
            from VideoCallSessionJpaEntity s""";

    @Query(SESSION_ROW + " where s.id = :id")
    Optional<SessionRow> findRowById(@Param("id") String id);

    /** The study's active call, through the unique {@code active_study_id}. */
    @Query(SESSION_ROW + " where s.activeStudyId = :studyId")
    Optional<SessionRow> findActiveRow(@Param("studyId") String studyId);

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.ActiveCallRow(
                s.studyId, s.id, s.roomId, s.startedAt, count(p))
            from VideoCallSessionJpaEntity s left join s.participants p on p.openSince is not null
            where s.activeStudyId in :studyIds
            group by s.studyId, s.id, s.roomId, s.startedAt""")
    List<ActiveCallRow> findActiveCalls(@Param("studyIds") Collection<String> studyIds);

    /** Newest first; a media room belongs to one call, the order only makes the answer deterministic. */
    @Query("select s.id from VideoCallSessionJpaEntity s where s.mediaRoomId = :mediaRoomId order by s.startedAt desc")
    List<String> findIdsByMediaRoom(@Param("mediaRoomId") String mediaRoomId);

    @Query("""
            select s.id from VideoCallSessionJpaEntity s
            where s.activeStudyId is not null and s.mediaRoomId is not null
            order by s.startedAt, s.id""")
    List<String> findActiveIdsWithMediaRoom();

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.StudyTotalsRow(
                count(s), coalesce(sum(size(s.participants)), 0), coalesce(sum(s.durationSeconds), 0))
            from VideoCallSessionJpaEntity s
            where s.studyId = :studyId and s.endedAt is not null and s.startedAt >= :from and s.startedAt < :until""")
    StudyTotalsRow endedTotals(@Param("studyId") String studyId, @Param("from") Instant from,
                               @Param("until") Instant until);

    @Query("""
            select s.startedAt from VideoCallSessionJpaEntity s
            where s.studyId = :studyId and s.endedAt is not null and s.startedAt >= :from and s.startedAt < :until
            order by s.startedAt""")
    List<Instant> endedStarts(@Param("studyId") String studyId, @Param("from") Instant from,
                              @Param("until") Instant until);

    @Query("select min(s.startedAt) from VideoCallSessionJpaEntity s where s.studyId = :studyId")
    Optional<Instant> firstStart(@Param("studyId") String studyId);
}
