package org.custodia.governance.internal;

import java.util.List;
import org.custodia.casework.PersonId;
import org.custodia.casework.spi.PersonNotices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the person's page of their objections: what was objected to and where the decision stands. */
@Component
class ObjectionNotices implements PersonNotices {

    private final ObjectionRows rows;

    ObjectionNotices(ObjectionRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> about(PersonId person) {
        return rows.of(person).stream()
                .map(
                        o -> "This person objected to "
                                + (o.kind().name().equals("PROCESSING")
                                        ? "processing for "
                                        : "automated decisions or profiling in ")
                                + o.activityName() + ". "
                                + (o.decision() == null
                                        ? "The objection is awaiting the data protection officer's decision."
                                        : o.decision().name().equals("UPHELD")
                                                ? "The objection was upheld: this processing has stopped for them, and their data is not disclosed under it."
                                                : "The processing continues on compelling legitimate grounds recorded by the data protection officer."))
                .toList();
    }
}
