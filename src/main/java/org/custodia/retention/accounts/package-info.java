/**
 * User accounts under the retention schedule. A module of its own because retention depends on
 * identity, which keeps the accounts: identity cannot implement retention's SPI itself.
 */
@ApplicationModule(allowedDependencies = {"retention", "identity", "personaldata", "shared"})
package org.custodia.retention.accounts;

import org.springframework.modulith.ApplicationModule;
