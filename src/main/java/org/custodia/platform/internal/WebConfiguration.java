package org.custodia.platform.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** GOV.UK Frontend's stylesheet asks for its fonts and images at /assets. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String govukFrontendVersion;

    WebConfiguration(@Value("${custodia.govuk-frontend.version}") String govukFrontendVersion) {
        this.govukFrontendVersion = govukFrontendVersion;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion
                        + "/dist/govuk/assets/");
    }
}
