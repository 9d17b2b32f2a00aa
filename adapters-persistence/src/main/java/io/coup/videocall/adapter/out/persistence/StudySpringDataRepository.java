package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.study.MemberStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface StudySpringDataRepository extends JpaRepository<StudyJpaEntity, String> {

    @Query("select s from StudyJpaEntity s left join fetch s.members where s.id = :id")
    Optional<StudyJpaEntity> findWithMembers(@Param("id") String id);

    /** One member's row by primary key, without the study and its other members. */
    @Query("""
            select m from StudyMemberJpaEntity m where m.key.studyId = :studyId and m.key.userId = :userId""")
    Optional<StudyMemberJpaEntity> findMember(@Param("studyId") String studyId, @Param("userId") String userId);

    /** One primary-key lookup of the membership; the study's other members are not read. */
    @Query("""
            select count(m) > 0 from StudyMemberJpaEntity m
            where m.key.studyId = :studyId and m.key.userId = :userId and m.status = :status""")
    boolean existsMember(@Param("studyId") String studyId, @Param("userId") String userId,
                         @Param("status") MemberStatus status);

    /** The studies where the user has the given status, each with all its members, in one query. */
    @Query("""
            select s from StudyJpaEntity s left join fetch s.members
            where exists (select 1 from StudyMemberJpaEntity m
                          where m.study = s and m.key.userId = :userId and m.status = :status)
            order by s.name, s.id""")
    List<StudyJpaEntity> findWithMembersWhereMember(@Param("userId") String userId, @Param("status") MemberStatus status);
}
