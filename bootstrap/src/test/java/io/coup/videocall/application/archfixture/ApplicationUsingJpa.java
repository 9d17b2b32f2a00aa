package io.coup.videocall.application.archfixture;

import jakarta.persistence.EntityManager;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class ApplicationUsingJpa {

    EntityManager entityManager;
}
