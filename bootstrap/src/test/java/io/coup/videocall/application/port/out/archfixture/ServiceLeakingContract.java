package io.coup.videocall.application.port.out.archfixture;

import io.coup.videocall.application.service.StartCallService;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public interface ServiceLeakingContract {

    StartCallService service();
}
