/** Identifiers and value types that every module may use. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.custodia.shared;

import org.springframework.modulith.ApplicationModule;
