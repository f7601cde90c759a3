package org.custodia.breaches.web;

import java.util.List;
import java.util.stream.Collectors;
import org.custodia.breaches.BreachNature;
import org.custodia.breaches.BreachView;
import org.custodia.breaches.DataCategory;
import org.custodia.breaches.NewBreach;
import org.custodia.breaches.Occurrence;
import org.custodia.breaches.OccurrencePrecision;
import org.custodia.breaches.SubjectCategory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The breach details form, to and from what it posts. */
final class BreachForm {

    private BreachForm() {}

    static NewBreach read(MultiValueMap<String, String> form) {
        OccurrencePrecision precision = FormFields.choice(form, "occurredPrecision", OccurrencePrecision.class);
        var occurredAt = precision == OccurrencePrecision.NOT_KNOWN
                ? null
                : FormFields.dateTime(form, "occurredAt", "When the breach happened");
        return new NewBreach(
                FormFields.text(form, "title"),
                FormFields.text(form, "description"),
                new Occurrence(precision, occurredAt),
                FormFields.dateTime(form, "awareAt", "When the organisation became aware"),
                FormFields.text(form, "discovery"),
                FormFields.choices(form, "dataCategories", DataCategory.class),
                FormFields.checked(form, "specialCategoryData"),
                FormFields.checked(form, "criminalOffenceData"),
                FormFields.count(form, "peopleAffected", "The number of people affected"),
                FormFields.count(form, "recordsAffected", "The number of records affected"),
                FormFields.choices(form, "subjectCategories", SubjectCategory.class),
                FormFields.choices(form, "nature", BreachNature.class));
    }

    /** The form filled in with what is recorded, to change it. */
    static MultiValueMap<String, String> of(BreachView b) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", b.title());
        form.add("description", b.description());
        form.add("occurredPrecision", b.occurred().precision().name());
        FormFields.putDateTime(form, "occurredAt", b.occurred().at());
        FormFields.putDateTime(form, "awareAt", b.awareAt());
        form.add("discovery", b.discovery());
        form.put("dataCategories", names(b.dataCategories()));
        form.add("specialCategoryData", String.valueOf(b.specialCategoryData()));
        form.add("criminalOffenceData", String.valueOf(b.criminalOffenceData()));
        form.add(
                "peopleAffected",
                b.peopleAffected() == null ? "" : b.peopleAffected().toString());
        form.add(
                "recordsAffected",
                b.recordsAffected() == null ? "" : b.recordsAffected().toString());
        form.put("subjectCategories", names(b.subjectCategories()));
        form.put("nature", names(b.nature()));
        return form;
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toList());
    }
}
