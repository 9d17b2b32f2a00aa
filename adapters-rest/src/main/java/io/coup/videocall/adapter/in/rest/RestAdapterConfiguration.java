package io.coup.videocall.adapter.in.rest;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything this adapter contributes as beans: controllers, the error advice and {@code /error} controller,
 * {@link io.coup.videocall.adapter.in.rest.error.ApiErrorWriter}, the MapStruct mappers, the Jackson module and
 * the OpenAPI definition. The bootstrap imports this class; the two servlet filters
 * ({@code RequestSizeLimitFilter}, {@code UserSyncFilter}) are deliberately not beans — the bootstrap places
 * them in the security filter chain.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = RestAdapterConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class RestAdapterConfiguration {
}
