package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Bucket bounds are epoch seconds: [{@code from}, {@code until}). */
interface StudyCallRollupSpringDataRepository extends JpaRepository<StudyCallRollupJpaEntity, StudyCallRollupKey> {

    @Query("""
            select new io.coup.videocall.adapter.out.persistence.StudyTotalsRow(
                coalesce(sum(r.sessions), 0), coalesce(sum(r.participants), 0), coalesce(sum(r.durationSeconds), 0))
            from StudyCallRollupJpaEntity r
            where r.key.studyId = :studyId and r.key.bucketStart >= :from and r.key.bucketStart < :until""")
    StudyTotalsRow totals(@Param("studyId") String studyId, @Param("from") long from, @Param("until") long until);

    @Query("""
            select r from StudyCallRollupJpaEntity r
            where r.key.studyId = :studyId and r.key.bucketStart >= :from and r.key.bucketStart < :until""")
    List<StudyCallRollupJpaEntity> buckets(@Param("studyId") String studyId, @Param("from") long from,
                                           @Param("until") long until);
}
