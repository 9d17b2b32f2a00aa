package io.coup.videocall.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserSpringDataRepository extends JpaRepository<UserJpaEntity, String> {
}
