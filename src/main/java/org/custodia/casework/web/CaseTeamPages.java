package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseTeams;
import org.custodia.casework.CaseView;
import org.custodia.casework.Cases;
import org.custodia.casework.PersonId;
import org.custodia.casework.Relationships;
import org.custodia.identity.Colleagues;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.UserId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's team and the people involved in it: who works on it, and whom it concerns besides the child. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CaseTeamPages {

    private final Cases cases;
    private final CaseTeams teams;
    private final Colleagues colleagues;
    private final Relationships relationships;

    CaseTeamPages(Cases cases, CaseTeams teams, Colleagues colleagues, Relationships relationships) {
        this.cases = cases;
        this.teams = teams;
        this.colleagues = colleagues;
        this.relationships = relationships;
    }

    @GetMapping("/cases/{id}/people")
    String page(@PathVariable UUID id, Model model) {
        CaseView view = cases.view(new CaseId(id), "managing the case team");
        model.addAttribute("case", view);
        model.addAttribute(
                "colleagues",
                colleagues.practitioners().stream()
                        .filter(c ->
                                view.team().stream().noneMatch(m -> m.userId().equals(c.id().toString())))
                        .toList());
        model.addAttribute("candidates", relationships.candidates(view.child().id()));
        return "casework/case-people";
    }

    @PostMapping("/cases/{id}/team")
    String addToTeam(@PathVariable UUID id, @RequestParam(required = false) UUID user, RedirectAttributes redirect) {
        try {
            if (user == null) {
                throw new InvalidInput("user", "Select a practitioner");
            }
            teams.addToTeam(new CaseId(id), new UserId(user));
            redirect.addFlashAttribute("notice", "Added to the case team");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id + "/people";
    }

    @PostMapping("/cases/{id}/participants")
    String addParticipant(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID person,
            @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if (person == null) {
                throw new InvalidInput("person", "Select a person");
            }
            teams.addParticipant(new CaseId(id), new PersonId(person), role);
            redirect.addFlashAttribute("notice", "Added to the people involved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id + "/people";
    }
}
