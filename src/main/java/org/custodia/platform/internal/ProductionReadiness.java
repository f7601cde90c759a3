package org.custodia.platform.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Under the {@code prod} profile, refuses to start with anything meant only for a developer's
 * machine: the generated development keys, demo data, the development clock, the embedded database, plain HTTP, or no mail
 * server (invitations and breach alerts must reach people).
 */
@Component
@Profile("prod")
class ProductionReadiness implements InitializingBean {

    private final Environment environment;

    ProductionReadiness(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("custodia.keys.master-keyset-file", "").isBlank()) {
            problems.add("CUSTODIA_MASTER_KEYSET_FILE is not set: the development key in the data folder"
                    + " must not protect real records");
        }
        if (flag("custodia.demo.enabled")) {
            problems.add("CUSTODIA_DEMO_ENABLED is true: demo data must not exist in production");
        }
        if (flag("custodia.dev-clock.enabled")) {
            problems.add("CUSTODIA_DEV_CLOCK_ENABLED is true: production time must not be moved");
        }
        if (flag("custodia.database.embedded")) {
            problems.add("SPRING_DATASOURCE_URL is not set: production needs an external PostgreSQL");
        }
        if (!flag("server.ssl.enabled") && !flag("custodia.tls-terminating-proxy")) {
            problems.add("Neither TLS (SERVER_SSL_ENABLED) nor a TLS-terminating proxy"
                    + " (CUSTODIA_TLS_TERMINATING_PROXY) is configured");
        }
        if (environment.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("SPRING_MAIL_HOST is not set: invitations and alerts could not be sent");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Custodia will not start in production: " + String.join("; ", problems));
        }
    }

    private boolean flag(String property) {
        return environment.getProperty(property, Boolean.class, false);
    }
}
