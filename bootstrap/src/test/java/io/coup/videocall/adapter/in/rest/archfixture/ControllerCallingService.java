package io.coup.videocall.adapter.in.rest.archfixture;

import io.coup.videocall.application.port.out.LoadSessionPort;
import io.coup.videocall.application.service.StartCallService;

/** Deliberately breaks rules; exists only to prove ArchitectureRules bite. */
public class ControllerCallingService {

    StartCallService service;
    LoadSessionPort sessions;
}
