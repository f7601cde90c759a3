package org.custodia.platform;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Loads only the production readiness check, for a fast context test. */
@Configuration
@ComponentScan(
        basePackages = "org.custodia.platform.internal",
        useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*ProductionReadiness"))
class ProductionReadinessProbe {}
