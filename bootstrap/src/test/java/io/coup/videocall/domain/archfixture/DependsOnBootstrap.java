package io.coup.videocall.domain.archfixture;

import io.coup.videocall.bootstrap.CoupVideoApplication;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class DependsOnBootstrap {

    CoupVideoApplication application;
}
