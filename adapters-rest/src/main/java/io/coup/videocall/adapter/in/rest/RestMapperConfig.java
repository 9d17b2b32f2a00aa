package io.coup.videocall.adapter.in.rest;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared by every view → response mapper: Spring beans, and a target field nobody fills is a compile error. */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RestMapperConfig {
}
