package io.coup.videocall.adapter.in.rest.archfixture;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class Printer {

    void print() {
        System.out.println("debug");
    }
}
