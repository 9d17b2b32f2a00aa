package io.coup.videocall.adapter.out.persistence.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that a fixture of another adapter uses; exists only to prove ArchitectureRules bite. */
@Entity
public class LeakedEntity {

    @Id
    Long id;
}
