package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** Day bounds are epoch seconds of UTC midnights: [{@code from}, {@code until}). */
interface UserAttendanceRollupSpringDataRepository
        extends JpaRepository<UserAttendanceRollupJpaEntity, UserAttendanceRollupKey> {

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.UserTotalsRow(
                coalesce(sum(r.sessions), 0), coalesce(sum(r.attendedMs), 0), coalesce(sum(r.audioMutedMs), 0),
                coalesce(sum(r.videoOffMs), 0), coalesce(sum(r.screenSharedMs), 0), min(r.firstJoin), max(r.lastJoin))
            from UserAttendanceRollupJpaEntity r
            where r.key.studyId = :studyId and r.key.userId = :userId
              and r.key.dayStart >= :from and r.key.dayStart < :until""")
    UserTotalsRow totalsOf(@Param("studyId") String studyId, @Param("userId") String userId,
                           @Param("from") long from, @Param("until") long until);

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.UserActivityRow(
                r.key.userId, sum(r.sessions), sum(r.attendedMs))
            from UserAttendanceRollupJpaEntity r
            where r.key.studyId = :studyId and r.key.dayStart >= :from and r.key.dayStart < :until
            group by r.key.userId""")
    List<UserActivityRow> activity(@Param("studyId") String studyId, @Param("from") long from,
                                   @Param("until") long until);

    @Query("""
            select r from UserAttendanceRollupJpaEntity r
            where r.key.studyId = :studyId and r.key.dayStart = :dayStart and r.key.userId in :userIds""")
    List<UserAttendanceRollupJpaEntity> ofDay(@Param("studyId") String studyId, @Param("dayStart") long dayStart,
                                              @Param("userIds") Collection<String> userIds);
}
