package org.custodia.retention;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record a retention schedule covers. Some are kept by modules that do not exist yet;
 * their rules are published all the same, and the schedule page says that no records of the kind are
 * held.
 */
public enum RecordKind {
    LOOKED_AFTER_CHILD_CASE("Looked-after child case record", true),
    CARE_LEAVER_RECORD("Care leaver record", true),
    ADOPTION_RECORD("Adoption record", true),
    CHILD_PROTECTION_RECORD("Child protection record (local authority)", true),
    CHILD_DEATH_REVIEW_CASE("Child death review record", true),
    PUPIL_RECORD("School pupil record", true),
    SEN_FILE("Special educational needs file", true),
    SCHOOL_CHILD_PROTECTION_FILE("School child protection file", true),
    USER_ACCOUNT("User account", false),
    AUDIT_TRAIL("Audit trail", false),
    RIGHTS_REQUEST_FILE("Rights request file", false),
    SERVICE_CONTACT_RECORD("Service desk contact record", false),
    ANALYTICS("Usage statistics", false),
    USER_FEEDBACK("Users' feedback on the service", false),
    DISPOSAL_CERTIFICATE("Disposal certificate", false);

    private final String label;
    private final boolean aboutAChild;

    RecordKind(String label, boolean aboutAChild) {
        this.label = label;
        this.aboutAChild = aboutAChild;
    }

    public String label() {
        return label;
    }

    /** The events a period may run from: birth and death only for records about a child. */
    public Set<StartEvent> startEvents() {
        if (aboutAChild) {
            return EnumSet.allOf(StartEvent.class);
        }
        return EnumSet.of(StartEvent.CASE_CLOSURE, StartEvent.LAST_CONTACT, StartEvent.CREATION);
    }

    /**
     * The audit trail is evidence, hash-chained: a gap would break verification. It is only ever
     * reviewed, never disposed of by the job.
     */
    public Set<EndAction> endActions() {
        if (this == AUDIT_TRAIL) {
            return EnumSet.of(EndAction.REVIEW);
        }
        return EnumSet.allOf(EndAction.class);
    }

    public boolean aboutAChild() {
        return aboutAChild;
    }
}
