package io.coup.videocall.adapter.out.persistence.archfixture;

/**
 * A persistence-adapter class that a fixture of another adapter uses; exists only to prove ArchitectureRules bite.
 * Deliberately no {@code @Entity}: the application's entity scan covers this package.
 */
public class PersistenceInternals {
}
