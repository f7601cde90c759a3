package org.custodia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProductionReadinessTests {

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withUserConfiguration(ProductionReadinessProbe.class)
            .withPropertyValues("spring.profiles.active=prod");

    @Test
    void refusesDevelopmentKeysDemoDataTheDevelopmentClockPlainHttpTheEmbeddedDatabaseAndNoMail() {
        production
                .withPropertyValues(
                        "custodia.demo.enabled=true",
                        "custodia.database.embedded=true",
                        "custodia.dev-clock.enabled=true")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasRootCauseMessage(
                                context.getStartupFailure().getCause().getMessage())
                        .rootCause()
                        .hasMessageContainingAll(
                                "CUSTODIA_MASTER_KEYSET_FILE",
                                "CUSTODIA_DEMO_ENABLED",
                                "CUSTODIA_DEV_CLOCK_ENABLED",
                                "SPRING_DATASOURCE_URL",
                                "TLS",
                                "SPRING_MAIL_HOST"));
    }

    @Test
    void startsWithRealKeysTlsAtAProxyAndMail() {
        production
                .withPropertyValues(
                        "custodia.keys.master-keyset-file=/run/secrets/master.json",
                        "custodia.demo.enabled=false",
                        "custodia.tls-terminating-proxy=true",
                        "spring.mail.host=smtp.example.org")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void outsideProductionNothingIsChecked() {
        new ApplicationContextRunner()
                .withUserConfiguration(ProductionReadinessProbe.class)
                .withPropertyValues("custodia.demo.enabled=true")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
