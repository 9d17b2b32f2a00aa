package io.coup.videocall.adapter.out.persistence;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * Shared by every mapper of this adapter: Spring beans with constructor injection, and a compile error for any
 * entity or domain property nobody mapped (or explicitly ignored).
 */
@MapperConfig(componentModel = MappingConstants.ComponentModel.SPRING,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        uses = IdMapping.class)
interface PersistenceMapperConfig {
}
