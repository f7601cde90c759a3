/**
 * The public documents: each organisation's versioned privacy notice, built around what its registers
 * say (processing activities, recipients, transfers, the retention schedule); the processor's notice
 * for the users of Custodia; the cookie register, policy and banner; the accessibility statement; and
 * telling users at sign-in that a notice they work under has changed.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "platform", "audit", "identity", "retention", "governance", "analytics"})
package org.custodia.notices;

import org.springframework.modulith.ApplicationModule;
