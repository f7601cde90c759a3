package org.custodia.governance;

import org.custodia.casework.CaseType;

/** A ready-made processing activity for one kind of case, which an organisation adopts and edits. */
public record ActivityTemplate(String code, CaseType caseType, ActivityDetails details) {}
