package io.coup.videocall.adapter.out.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The smallest Boot application around this adapter: data source, Flyway, JPA, and what the adapter declares. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
class PersistenceTestApplication {
}
