/** Organisations, users, roles, sign-in with MFA, API tokens and administrator-access reports. */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "encryption"})
package org.custodia.identity;

import org.springframework.modulith.ApplicationModule;
