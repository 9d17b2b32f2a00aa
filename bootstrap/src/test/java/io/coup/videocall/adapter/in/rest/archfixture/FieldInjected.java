package io.coup.videocall.adapter.in.rest.archfixture;

import org.springframework.beans.factory.annotation.Autowired;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class FieldInjected {

    @Autowired
    Object dependency;
}
