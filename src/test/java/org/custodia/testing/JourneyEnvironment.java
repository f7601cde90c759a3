package org.custodia.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the application on a known free port, so that the links it emails lead back to it, and sends
 * its mail to a {@link Mailbox} of its own, which tests can autowire.
 */
class JourneyEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        Mailbox mailbox = new Mailbox().start();
        TestPropertyValues.of(
                        "server.port=" + port,
                        "custodia.base-url=http://localhost:" + port,
                        "spring.mail.port=" + mailbox.port(),
                        // Journeys move time the way a person trying Custodia out would.
                        "custodia.dev-clock.enabled=true")
                .applyTo(context);
        context.getBeanFactory().registerSingleton("mailbox", mailbox);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                mailbox.stop();
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
