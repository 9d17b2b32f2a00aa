package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CallMessageSpringDataRepository extends JpaRepository<CallMessageJpaEntity, String> {

    List<CallMessageJpaEntity> findBySessionIdOrderByCreatedAtAscIdAsc(String sessionId);
}
