package io.coup.videocall.application.port.in.archfixture;

/** Deliberately breaks a rule (a Port outside port.out); exists only to prove ArchitectureRules bite. */
public interface MisplacedPort {
}
