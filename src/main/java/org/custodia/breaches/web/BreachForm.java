package org.custodia.breaches.web;

import org.custodia.breaches.BreachNature;
import org.custodia.breaches.BreachView;
import org.custodia.breaches.DataCategory;
import org.custodia.breaches.NewBreach;
import org.custodia.breaches.Occurrence;
import org.custodia.breaches.OccurrencePrecision;
import org.custodia.breaches.SubjectCategory;
import org.custodia.platform.Form;

/** The breach details form, to and from what it posts. */
final class BreachForm {

    private BreachForm() {}

    /** The details entered; a date or number that cannot be read goes no further. */
    static NewBreach read(Form form) {
        OccurrencePrecision precision = form.choice("occurredPrecision", OccurrencePrecision.class);
        var occurredAt = precision == OccurrencePrecision.NOT_KNOWN
                ? null
                : form.dateTime("occurredAt", "When the breach happened");
        var breach = new NewBreach(
                form.text("title"),
                form.text("description"),
                new Occurrence(precision, occurredAt),
                form.dateTime("awareAt", "When the organisation became aware"),
                form.text("discovery"),
                form.choices("dataCategories", DataCategory.class),
                form.checked("specialCategoryData"),
                form.checked("criminalOffenceData"),
                form.integer("peopleAffected", "The number of people affected"),
                form.integer("recordsAffected", "The number of records affected"),
                form.choices("subjectCategories", SubjectCategory.class),
                form.choices("nature", BreachNature.class));
        form.check();
        return breach;
    }

    /** The form filled in with what is recorded, to change it. */
    static Form of(BreachView b) {
        return new Form()
                .put("title", b.title())
                .put("description", b.description())
                .put("occurredPrecision", b.occurred().precision().name())
                .putDateTime("occurredAt", b.occurred().at())
                .putDateTime("awareAt", b.awareAt())
                .put("discovery", b.discovery())
                .putAll("dataCategories", b.dataCategories())
                .put("specialCategoryData", b.specialCategoryData())
                .put("criminalOffenceData", b.criminalOffenceData())
                .put("peopleAffected", b.peopleAffected())
                .put("recordsAffected", b.recordsAffected())
                .putAll("subjectCategories", b.subjectCategories())
                .putAll("nature", b.nature());
    }
}
