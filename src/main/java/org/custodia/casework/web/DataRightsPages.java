package org.custodia.casework.web;

import java.util.UUID;
import org.custodia.casework.PersonDirectory;
import org.custodia.casework.PersonField;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonSummary;
import org.custodia.casework.PersonView;
import org.custodia.casework.RecordedValue;
import org.custodia.casework.Rectifications;
import org.custodia.casework.RestrictionGround;
import org.custodia.casework.Restrictions;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's page for one person's rights: restriction, rectification and the person's own statements. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class DataRightsPages {

    private final PersonDirectory directory;
    private final Restrictions restrictions;
    private final Rectifications rectifications;

    DataRightsPages(PersonDirectory directory, Restrictions restrictions, Rectifications rectifications) {
        this.directory = directory;
        this.restrictions = restrictions;
        this.rectifications = rectifications;
    }

    @GetMapping("/people/{id}/data-rights")
    String page(@PathVariable UUID id, Model model) {
        PersonId person = new PersonId(id);
        PersonSummary summary = directory.find(person).orElseThrow(() -> new NotFound("Person"));
        model.addAttribute("person", summary);
        var history = restrictions.history(person);
        model.addAttribute("restrictions", history);
        model.addAttribute(
                "current", history.stream().filter(r -> r.current()).findFirst().orElse(null));
        model.addAttribute("grounds", RestrictionGround.values());
        model.addAttribute("rectifications", rectifications.history(person));
        model.addAttribute("statements", rectifications.statements(person));
        var choices = rectifications.choices(person);
        model.addAttribute("choices", choices);
        model.addAttribute(
                "addresses",
                choices.stream().filter(c -> c.code().startsWith("ADDRESS:")).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", java.util.Map.of());
        }
        return "casework/data-rights";
    }

    @PostMapping("/people/{id}/restriction")
    String restrict(
            @PathVariable UUID id,
            @RequestParam(required = false) RestrictionGround ground,
            @RequestParam(defaultValue = "") String request,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "restrict",
                "Processing of this person's data is restricted",
                () -> restrictions.restrict(new PersonId(id), ground, RequestReference.parse(request)));
    }

    @PostMapping("/people/{id}/restriction/lift")
    String lift(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String personToldOnDay,
            @RequestParam(defaultValue = "") String personToldOnMonth,
            @RequestParam(defaultValue = "") String personToldOnYear,
            @RequestParam(defaultValue = "") String request,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "lift",
                "The restriction is lifted",
                () -> restrictions.lift(
                        new PersonId(id),
                        RecordForms.date(
                                "personToldOn", "Date told", personToldOnDay, personToldOnMonth, personToldOnYear),
                        RequestReference.parse(request)));
    }

    @PostMapping("/people/{id}/rectifications")
    String correct(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String request,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "correct",
                "Value corrected; the old value is kept in the history",
                () -> rectifications.correct(
                        new PersonId(id), RecordedValue.parse(field), value, RequestReference.parse(request)));
    }

    @PostMapping("/people/{id}/rectifications/address")
    String correctAddress(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String line2,
            @RequestParam(defaultValue = "") String town,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String request,
            RedirectAttributes redirect) {
        return act(id, redirect, "address", "Address corrected; the old address is kept in the history", () -> {
            RecordedValue chosen = address.isBlank() ? null : RecordedValue.parse(address);
            if (chosen == null || chosen.field() != PersonField.ADDRESS) {
                throw new InvalidInput("address", "Select the address to correct");
            }
            rectifications.correctAddress(
                    new PersonId(id),
                    chosen.item(),
                    new PersonView.Address(line1, line2, town, postcode),
                    RequestReference.parse(request));
        });
    }

    @PostMapping("/people/{id}/statements")
    String statement(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String statement,
            @RequestParam(defaultValue = "") String request,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "statement",
                "The person's statement is attached",
                () -> rectifications.addStatement(
                        new PersonId(id), RecordedValue.parse(field), statement, RequestReference.parse(request)));
    }

    /**
     * Runs one form's action. Several forms share this page, so a form's own fields are named with its
     * prefix (for example {@code statementField}, {@code liftRequest}) and its errors renamed to match.
     */
    private String act(UUID id, RedirectAttributes redirect, String form, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInput e) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.errors()
                    .forEach((field, message) -> errors.put(
                            field.equals("request")
                                    ? form + "Request"
                                    : field.equals("field") || field.equals("category") || field.equals("item")
                                            ? form + "Field"
                                            : field,
                            message));
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/people/" + id + "/data-rights";
    }
}
