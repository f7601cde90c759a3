package org.custodia.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says about the API as a whole: its name and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI custodiaApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Custodia API")
                        .version("v1")
                        .description("Children's services records. Same permissions and audit trail as the pages."
                                + " Errors are RFC 9457 problems; another organisation's objects are 404."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (cus_...) from your account page")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
