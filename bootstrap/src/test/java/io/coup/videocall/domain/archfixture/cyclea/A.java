package io.coup.videocall.domain.archfixture.cyclea;

import io.coup.videocall.domain.archfixture.cycleb.B;

/** Deliberately breaks a rule (a package cycle with cycleb); exists only to prove ArchitectureRules bite. */
public class A {

    B b;
}
