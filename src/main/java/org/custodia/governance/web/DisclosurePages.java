package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.consent.ConsentPurposes;
import org.custodia.governance.DisclosureBasis;
import org.custodia.governance.DisclosureId;
import org.custodia.governance.Disclosures;
import org.custodia.governance.NewDisclosure;
import org.custodia.governance.Recipients;
import org.custodia.identity.Colleagues;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's disclosures, for practitioners who can see them: the list, and recording a new one. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class DisclosurePages {

    private final Disclosures disclosures;
    private final People people;
    private final Recipients recipients;
    private final Colleagues colleagues;
    private final ConsentPurposes consentPurposes;

    DisclosurePages(
            Disclosures disclosures,
            People people,
            Recipients recipients,
            Colleagues colleagues,
            ConsentPurposes consentPurposes) {
        this.disclosures = disclosures;
        this.people = people;
        this.recipients = recipients;
        this.colleagues = colleagues;
        this.consentPurposes = consentPurposes;
    }

    @GetMapping("/people/{id}/disclosures")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new Form());
        return withPage(new PersonId(id), model);
    }

    @PostMapping("/people/{id}/disclosures")
    String record(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        PersonId person = new PersonId(id);
        withPage(person, model);
        return FormPage.submit(
                form,
                () -> {
                    var disclosure = new NewDisclosure(
                            List.of(id),
                            form.id("recipient"),
                            form.date("disclosedOn", "The date shared"),
                            form.get("dataShared"),
                            form.get("method"),
                            form.choice("basis", DisclosureBasis.class),
                            form.get("statutoryBasis"),
                            form.get("reason"),
                            form.id("decidedBy"),
                            form.date("decidedOn", "The date of the decision"),
                            form.id("consentPurpose"));
                    form.check();
                    DisclosureId recorded = disclosures.record(disclosure);
                    return "/people/" + id + "/disclosures#" + recorded;
                },
                "Disclosure recorded",
                () -> "governance/person-disclosures",
                model,
                redirect,
                response);
    }

    private String withPage(PersonId person, Model model) {
        model.addAttribute("person", people.summary(person));
        model.addAttribute("disclosures", disclosures.about(person));
        model.addAttribute("recipients", recipients.all());
        model.addAttribute("bases", DisclosureBasis.values());
        model.addAttribute("consentPurposes", consentPurposes.all());
        model.addAttribute("deciders", colleagues.practitioners());
        return "governance/person-disclosures";
    }
}
