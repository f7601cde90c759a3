/** Security and web configuration, tenancy, the embedded database, mail and error handling. */
@ApplicationModule(allowedDependencies = "shared")
package org.custodia.platform;

import org.springframework.modulith.ApplicationModule;
