package org.custodia.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A journey through the real application in a real browser: the server on a port of its own, its
 * mail caught in a {@link Mailbox}, and a Chromium {@link Browser} that hands each test a fresh page.
 * All journey test classes share one application (and so one database): each makes its own
 * organisations, so they never collide. Journeys that need colleagues already signed up, or records
 * made before the browser arrives, make them with {@link TestOrganisations} and {@link TestGrants}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = JourneyEnvironment.class)
@ActiveProfiles("test")
@ExtendWith(Browser.class)
@Import({TestOrganisations.class, TestGrants.class})
public @interface JourneyTest {}
