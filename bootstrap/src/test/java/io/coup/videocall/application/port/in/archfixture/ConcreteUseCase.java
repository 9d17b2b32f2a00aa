package io.coup.videocall.application.port.in.archfixture;

/** Deliberately breaks a rule (a UseCase that is no interface); exists only to prove ArchitectureRules bite. */
public class ConcreteUseCase {
}
