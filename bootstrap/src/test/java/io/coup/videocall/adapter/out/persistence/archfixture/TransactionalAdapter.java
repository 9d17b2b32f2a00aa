package io.coup.videocall.adapter.out.persistence.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Deliberately breaks a rule; exists only to prove ArchitectureRules bite. */
@Transactional
public class TransactionalAdapter {
}
