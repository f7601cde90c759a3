/** The key hierarchy, sealing of secrets and field values, keyed pseudonyms and crypto-shredding. */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.custodia.encryption;

import org.springframework.modulith.ApplicationModule;
