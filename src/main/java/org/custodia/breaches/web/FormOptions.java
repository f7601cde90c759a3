package org.custodia.breaches.web;

import org.custodia.breaches.BreachNature;
import org.custodia.breaches.DataCategory;
import org.custodia.breaches.NotToldReason;
import org.custodia.breaches.OccurrencePrecision;
import org.custodia.breaches.ReportingDecision;
import org.custodia.breaches.Risk;
import org.custodia.breaches.SubjectCategory;

/** The choices the breach forms offer, for the templates. */
public class FormOptions {

    public DataCategory[] dataCategories() {
        return DataCategory.values();
    }

    public SubjectCategory[] subjectCategories() {
        return SubjectCategory.values();
    }

    public BreachNature[] nature() {
        return BreachNature.values();
    }

    public OccurrencePrecision[] precisions() {
        return OccurrencePrecision.values();
    }

    public Risk[] risks() {
        return Risk.values();
    }

    public ReportingDecision[] decisions() {
        return ReportingDecision.values();
    }

    public NotToldReason[] notToldReasons() {
        return NotToldReason.values();
    }
}
