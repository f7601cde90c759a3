/** The append-only, hash-chained audit trail of every action, and its verification. */
@ApplicationModule(allowedDependencies = {"shared", "platform", "encryption", "personaldata"})
package org.custodia.audit;

import org.springframework.modulith.ApplicationModule;
