package io.coup.videocall.adapter.in.rest.archfixture;

import io.coup.videocall.adapter.out.persistence.archfixture.PersistenceInternals;

/** Deliberately breaks rules (uses another adapter, and an entity outside persistence); proves ArchitectureRules bite. */
public class RestReachingIntoPersistence {

    PersistenceInternals internals;
    EntityInRest entity;
}
