package org.custodia.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.Relationships;
import org.custodia.consent.ConsentMethod;
import org.custodia.consent.ConsentPurposeId;
import org.custodia.consent.ConsentRecord;
import org.custodia.consent.Consents;
import org.custodia.consent.NewConsent;
import org.custodia.consent.PersonConsents;
import org.custodia.consent.Withdrawal;
import org.custodia.platform.Tenancy;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's consents: each purpose's state and history, and the forms to give and to withdraw. */
@Controller
@RequestMapping("/people/{id}/consents")
@PreAuthorize("hasAnyRole('PRACTITIONER', 'DATA_PROTECTION_OFFICER')")
class ConsentPages {

    private final Consents consents;
    private final Relationships relationships;

    ConsentPages(Consents consents, Relationships relationships) {
        this.consents = consents;
        this.relationships = relationships;
    }

    @GetMapping
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("consents", consents.of(new PersonId(id)));
        return "consent/consents";
    }

    @GetMapping("/{purpose}/give")
    String giveForm(@PathVariable UUID id, @PathVariable UUID purpose, Model model) {
        return form(id, purpose, Map.of(), null, model, true);
    }

    @PostMapping("/{purpose}/give")
    String give(
            @PathVariable UUID id,
            @PathVariable UUID purpose,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ConsentForm form = new ConsentForm(fields);
        try {
            consents.give(
                    new PersonId(id),
                    new NewConsent(
                            new ConsentPurposeId(purpose),
                            form.wordingVersion(),
                            form.party(),
                            form.method(),
                            form.date()));
            redirect.addFlashAttribute("notice", "Consent recorded");
            return "redirect:/people/" + id + "/consents";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(id, purpose, fields, e.errors(), model, true);
        }
    }

    @GetMapping("/{purpose}/withdraw")
    String withdrawForm(@PathVariable UUID id, @PathVariable UUID purpose, Model model) {
        return form(id, purpose, Map.of(), null, model, false);
    }

    @PostMapping("/{purpose}/withdraw")
    String withdraw(
            @PathVariable UUID id,
            @PathVariable UUID purpose,
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        ConsentForm form = new ConsentForm(fields);
        try {
            consents.withdraw(
                    new PersonId(id),
                    new ConsentPurposeId(purpose),
                    new Withdrawal(form.party(), form.method(), form.date()));
            redirect.addFlashAttribute("notice", "Consent withdrawn");
            return "redirect:/people/" + id + "/consents";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(id, purpose, fields, e.errors(), model, false);
        }
    }

    private String form(
            UUID id,
            UUID purpose,
            Map<String, String> fields,
            Map<String, String> errors,
            Model model,
            boolean giving) {
        PersonConsents all = consents.of(new PersonId(id));
        ConsentRecord record = all.to(new ConsentPurposeId(purpose));
        model.addAttribute("person", all.person());
        model.addAttribute("record", record);
        model.addAttribute("giving", giving);
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("related", related(all.person()));
        return "consent/consent-form";
    }

    /** People related to the person, to name who acted on their behalf; only practitioners see relationships. */
    private List<PersonSummary> related(PersonSummary person) {
        if (!Tenancy.requireActor().has(Role.PRACTITIONER)) {
            return List.of();
        }
        return relationships.of(person.id()).stream()
                .map(r -> r.person().id().equals(person.id()) ? r.relatedTo() : r.person())
                .distinct()
                .toList();
    }
}
