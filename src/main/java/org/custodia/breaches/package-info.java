/**
 * Personal data breaches (UK GDPR Art 33, 34): the record of every breach, the 72-hour clock for
 * reporting to the ICO, and the task of telling the people affected when the risk to them is high.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity"})
package org.custodia.breaches;

import org.springframework.modulith.ApplicationModule;
