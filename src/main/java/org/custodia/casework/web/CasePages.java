package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.custodia.analytics.Searches;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CasePage;
import org.custodia.casework.CaseTeams;
import org.custodia.casework.Cases;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case pages: the list of one's cases, a case with the records its type keeps, its notes and attendance, and break-glass. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CasePages {

    private final Cases cases;
    private final CaseTeams teams;
    private final LookedAfterChildren lookedAfter;

    private final Searches searches;

    CasePages(Cases cases, CaseTeams teams, LookedAfterChildren lookedAfter, Searches searches) {
        this.searches = searches;
        this.cases = cases;
        this.teams = teams;
        this.lookedAfter = lookedAfter;
    }

    @GetMapping("/cases")
    String mine(@RequestParam(defaultValue = "") String caseSearch, Model model) {
        model.addAttribute("caseSearch", caseSearch);
        var found = cases.search(caseSearch);
        model.addAttribute("cases", found);
        if (!caseSearch.isBlank()) {
            searches.recorded(!found.isEmpty());
        }
        return "casework/cases";
    }

    /** One call, one transaction, one access decision and one audit record for the whole page. */
    @GetMapping("/cases/{id}")
    String view(@PathVariable UUID id, @RequestParam(defaultValue = "casework") String purpose, Model model) {
        CasePage page = cases.page(new CaseId(id), purpose);
        model.addAttribute("case", page.view());
        if (page.keepsAttendance()) {
            model.addAttribute("month", page.month());
            model.addAttribute("marks", page.attendance());
            model.addAttribute("codes", AttendanceCode.values());
        }
        switch (page.view().type()) {
            case LOOKED_AFTER_CHILD -> {
                model.addAttribute("placements", page.placements());
                model.addAttribute("pepMeetings", page.pepMeetings());
                model.addAttribute("visits", page.visits());
            }
            case CHILD_DEATH_REVIEW -> model.addAttribute("review", page.review());
            case PUPIL -> {
                model.addAttribute("enrolments", page.enrolments());
                model.addAttribute("senStatuses", page.senStatuses());
            }
        }
        return "casework/case";
    }

    @PostMapping("/cases/{id}/break-glass")
    String breakGlass(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        try {
            teams.breakGlass(new CaseId(id), reason);
            return "redirect:/cases/" + id + "?purpose=break-glass";
        } catch (InvalidInput e) {
            model.addAttribute("caseId", id);
            model.addAttribute("reference", teams.reference(new CaseId(id)));
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/break-glass";
        }
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            cases.close(new CaseId(id), null);
            redirect.addFlashAttribute("notice", "Case closed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/notes")
    String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            cases.addNote(new CaseId(id), text);
            redirect.addFlashAttribute("notice", "Note added");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/attendance")
    String recordAttendance(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(required = false) AttendanceMark.Session session,
            @RequestParam(required = false) AttendanceCode code,
            RedirectAttributes redirect) {
        try {
            lookedAfter.recordAttendance(new CaseId(id), new AttendanceMark(isoDate(date), session, code));
            redirect.addFlashAttribute("notice", "Attendance mark recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id;
    }

    /** The date field sends ISO dates; anything else (an old browser's text box) is a named error. */
    private static LocalDate isoDate(String date) {
        if (date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "Enter the date as year-month-day, for example 2026-11-23");
        }
    }
}
