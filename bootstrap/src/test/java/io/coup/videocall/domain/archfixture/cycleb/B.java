package io.coup.videocall.domain.archfixture.cycleb;

import io.coup.videocall.domain.archfixture.cyclea.A;

/** Deliberately breaks a rule (a package cycle with cyclea); exists only to prove ArchitectureRules bite. */
public class B {

    A a;
}
