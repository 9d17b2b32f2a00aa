package io.coup.videocall.adapter.out.persistence;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

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
}
