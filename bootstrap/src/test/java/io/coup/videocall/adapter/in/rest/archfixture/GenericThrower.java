package io.coup.videocall.adapter.in.rest.archfixture;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class GenericThrower {

    void fail() {
        throw new RuntimeException("something");
    }
}
