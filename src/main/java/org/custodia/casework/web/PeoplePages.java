package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.custodia.analytics.Searches;
import org.custodia.casework.CaseType;
import org.custodia.casework.Cases;
import org.custodia.casework.People;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonView;
import org.custodia.casework.RelationshipKind;
import org.custodia.casework.Relationships;
import org.custodia.casework.SensitiveCategory;
import org.custodia.casework.spi.PersonNotices;
import org.custodia.identity.SensitiveDataAccess;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to find, record and read people. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class PeoplePages {

    private final People people;
    private final Cases cases;
    private final SensitiveDataAccess grants;
    private final Relationships relationships;
    private final List<PersonNotices> notices;
    private final Searches searches;

    PeoplePages(
            People people,
            Cases cases,
            SensitiveDataAccess grants,
            Relationships relationships,
            List<PersonNotices> notices,
            Searches searches) {
        this.searches = searches;
        this.notices = notices;
        this.people = people;
        this.cases = cases;
        this.grants = grants;
        this.relationships = relationships;
    }

    @GetMapping("/people")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String bornDay,
            @RequestParam(defaultValue = "") String bornMonth,
            @RequestParam(defaultValue = "") String bornYear,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("born", List.of(bornDay, bornMonth, bornYear));
        try {
            var born = RecordForms.date("dateOfBirth", "Date of birth", bornDay, bornMonth, bornYear);
            if (!q.isBlank() || born != null) {
                var results = people.search(q, born);
                model.addAttribute("results", results);
                searches.recorded(!results.isEmpty());
            } else {
                model.addAttribute("results", people.search(q, born));
            }
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "casework/people-search";
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        model.addAttribute("values", PersonForm.empty().values());
        return "casework/person-new";
    }

    @PostMapping("/people/new")
    String register(PersonForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            PersonId id = people.register(form.toDetails());
            redirect.addFlashAttribute("notice", "Person recorded");
            return "redirect:/people/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("values", form.values());
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/person-new";
        }
    }

    @GetMapping("/people/{id}")
    String view(@PathVariable UUID id, @RequestParam(defaultValue = "casework") String purpose, Model model) {
        PersonView person = people.view(new PersonId(id), purpose);
        model.addAttribute("person", person);
        model.addAttribute("cases", cases.ofChild(person.id()));
        model.addAttribute("categories", SensitiveCategory.values());
        model.addAttribute("caseTypes", CaseType.values());
        model.addAttribute("granted", grants.currentActorIsGranted());
        model.addAttribute("relationships", relationships.of(person.id()));
        model.addAttribute("candidates", relationships.candidates(person.id()));
        model.addAttribute("relationshipKinds", RelationshipKind.values());
        model.addAttribute(
                "notices",
                notices.stream().flatMap(n -> n.about(person.id()).stream()).toList());
        return "casework/person";
    }

    @PostMapping("/people/{id}/sensitive")
    String recordSensitive(
            @PathVariable UUID id,
            @RequestParam SensitiveCategory category,
            @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        try {
            people.recordSensitive(new PersonId(id), category, value);
            redirect.addFlashAttribute("notice", category.label() + " recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/relationships")
    String relate(
            @PathVariable UUID id,
            @RequestParam(required = false) RelationshipKind kind,
            @RequestParam(required = false) UUID related,
            RedirectAttributes redirect) {
        try {
            relationships.record(new PersonId(id), kind, related == null ? null : new PersonId(related));
            redirect.addFlashAttribute("notice", "Relationship recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/cases")
    String openCase(@PathVariable UUID id, @RequestParam(required = false) CaseType type, RedirectAttributes redirect) {
        try {
            var caseId = cases.open(type, new PersonId(id), null);
            redirect.addFlashAttribute("notice", "Case opened. You are on its team");
            return "redirect:/cases/" + caseId;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/people/" + id;
        }
    }
}
