package org.custodia.platform.internal;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at /assets; controllers may take the
 * posted fields as a {@link org.custodia.platform.Form}.
 */
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

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new FormArguments());
    }
}
