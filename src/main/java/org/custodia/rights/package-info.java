/**
 * Data subjects' rights. For now, the one way every module's personal data is erased: a holder of
 * personal data implements {@link org.custodia.rights.PersonalDataHolder}, and erasure (at the end of a
 * retention period, and later on an erasure request) goes through all of them. Depends on no holder.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.custodia.rights;

import org.springframework.modulith.ApplicationModule;
