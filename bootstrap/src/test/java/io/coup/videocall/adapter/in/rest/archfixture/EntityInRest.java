package io.coup.videocall.adapter.in.rest.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
@Entity
public class EntityInRest {

    @Id
    Long id;
}
