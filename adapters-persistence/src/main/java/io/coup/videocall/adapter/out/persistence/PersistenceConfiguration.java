package io.coup.videocall.adapter.out.persistence;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Everything this adapter contributes: entities, Spring Data repositories, the port adapters and the generated
 * mappers. Needed explicitly because the application class lives in {@code io.coup.videocall.bootstrap}, whose
 * package Boot would otherwise scan for entities and repositories. Configuration classes are left out of the scan,
 * so test configurations next to the tests never leak into each other's contexts.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = PersistenceConfiguration.class)
@EnableJpaRepositories(basePackageClasses = PersistenceConfiguration.class)
@ComponentScan(basePackageClasses = PersistenceConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Configuration.class))
public class PersistenceConfiguration {

    /**
     * Cluster-wide locks for scheduled work that one node at a time must do (the stale-session reaper): a row per
     * lock in {@code shedlock} (Flyway V3), timed by the database's clock, so the nodes' clocks may disagree.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
