package org.custodia.governance.internal;

import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.CaseType;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonId;
import org.custodia.governance.ProcessingActivityId;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * An upheld objection stops the processing for the person (Art 21(1)): their data is no longer
 * disclosed under the activity objected to. A person's data is processed under the activities that
 * cover the kinds of case they are in.
 */
@Component
public class ObjectionCheck {

    private final ObjectionRows rows;
    private final ActivityRows activities;
    private final PersonDirectory directory;
    private final AuditTrail audit;

    ObjectionCheck(ObjectionRows rows, ActivityRows activities, PersonDirectory directory, AuditTrail audit) {
        this.rows = rows;
        this.activities = activities;
        this.directory = directory;
        this.audit = audit;
    }

    public void requireNoneUpheld(PersonId person, String name) {
        for (CaseType type : directory.openCaseTypesOf(person)) {
            Optional<ProcessingActivityId> activity = activities.activityFor(type);
            if (activity.isPresent() && rows.upheld(person, activity.get())) {
                audit.recordRefusal(AuditRecord.of("disclosure.refused", Outcome.DENIED)
                        .about("processing-activity", activity.get())
                        .concerning(person.value())
                        .withDetail("objection upheld"));
                String activityName = activities
                        .find(activity.get())
                        .map(a -> a.details().name())
                        .orElse("the activity");
                throw new InvalidInput(
                        "people",
                        name + " objected to processing for " + activityName
                                + " and the objection was upheld: their data is no longer disclosed under it");
            }
        }
    }
}
