package io.coup.videocall.application.service.archfixture;

/** Deliberately breaks a rule (a UseCase outside port.in); exists only to prove ArchitectureRules bite. */
public interface MisplacedUseCase {
}
