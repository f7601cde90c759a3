package org.custodia.platform.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stops the embedded PostgreSQL when the context closes. As a bean with no dependants it is destroyed
 * after the beans that use the database (Spring destroys in reverse creation order and this is made
 * early), so their own shutdown work still reaches the server.
 */
@Component
@ConditionalOnProperty(name = "custodia.database.embedded", havingValue = "true")
class EmbeddedPostgresLifecycle implements DisposableBean {

    private final Path directory;

    EmbeddedPostgresLifecycle(@Value("${custodia.database.embedded-directory}") String directory) {
        this.directory = Path.of(directory);
    }

    @Override
    public void destroy() {
        EmbeddedPostgresEnvironment.EmbeddedPostgresHolder.release(directory);
    }
}
