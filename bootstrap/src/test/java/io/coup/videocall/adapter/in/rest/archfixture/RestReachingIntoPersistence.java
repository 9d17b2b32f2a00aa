package io.coup.videocall.adapter.in.rest.archfixture;

import io.coup.videocall.adapter.out.persistence.archfixture.LeakedEntity;

/** Deliberately breaks rules; exists only to prove ArchitectureRules bite. */
public class RestReachingIntoPersistence {

    LeakedEntity entity;
}
