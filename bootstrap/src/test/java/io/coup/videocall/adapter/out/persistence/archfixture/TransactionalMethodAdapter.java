package io.coup.videocall.adapter.out.persistence.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
public class TransactionalMethodAdapter {

    @Transactional
    public void save() {
    }
}
