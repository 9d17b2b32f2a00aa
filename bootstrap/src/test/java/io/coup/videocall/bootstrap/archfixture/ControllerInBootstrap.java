package io.coup.videocall.bootstrap.archfixture;

import org.springframework.web.bind.annotation.RestController;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
@RestController
public class ControllerInBootstrap {
}
