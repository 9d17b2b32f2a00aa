package io.coup.videocall.domain.archfixture;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class DomainUsingSpring {

    boolean named(String s) {
        return org.springframework.util.StringUtils.hasText(s);
    }
}
