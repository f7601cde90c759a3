/**
 * Retention: the organisation's schedule (how long each kind of record is kept, from which event, and
 * what happens at the end), legal holds, the DPO's review list, and the disposal job that acts on
 * records past their date. Modules that keep records implement {@link
 * org.custodia.retention.RetainedRecords}; this module knows none of them.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "personaldata"})
package org.custodia.retention;

import org.springframework.modulith.ApplicationModule;
