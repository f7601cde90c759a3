package org.custodia.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.custodia.casework.AttendanceCode;
import org.custodia.casework.AttendanceMark;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseType;
import org.custodia.casework.CaseView;
import org.custodia.casework.Cases;
import org.custodia.casework.LookedAfterChildren;
import org.custodia.casework.Visit;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case pages: the list of one's cases, a case, its notes, visits and attendance, and break-glass. */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CasePages {

    private final Cases cases;
    private final LookedAfterChildren lookedAfter;
    private final Clock clock;

    CasePages(Cases cases, LookedAfterChildren lookedAfter, Clock clock) {
        this.cases = cases;
        this.lookedAfter = lookedAfter;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String mine(Model model) {
        model.addAttribute("cases", cases.mine());
        return "casework/cases";
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable UUID id, @RequestParam(defaultValue = "casework") String purpose, Model model) {
        CaseView view = cases.view(new CaseId(id), purpose);
        model.addAttribute("case", view);
        if (view.type() != CaseType.CHILD_DEATH_REVIEW) {
            YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
            model.addAttribute("month", month);
            model.addAttribute("marks", lookedAfter.attendance(view.id(), month));
            model.addAttribute("codes", AttendanceCode.values());
        }
        if (view.type() == CaseType.LOOKED_AFTER_CHILD) {
            model.addAttribute("visits", lookedAfter.visits(view.id()));
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
            cases.breakGlass(new CaseId(id), reason);
            return "redirect:/cases/" + id + "?purpose=break-glass";
        } catch (InvalidInput e) {
            model.addAttribute("caseId", id);
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/break-glass";
        }
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

    @GetMapping("/cases/{id}/visits/new")
    String newVisit(@PathVariable UUID id, Model model) {
        model.addAttribute("case", cases.view(new CaseId(id), "recording a visit"));
        return "casework/visit-new";
    }

    @PostMapping("/cases/{id}/visits/new")
    String recordVisit(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String visitor,
            @RequestParam(defaultValue = "") String location,
            @RequestParam(defaultValue = "false") boolean seenAlone,
            @RequestParam(defaultValue = "") String summary,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            LocalDate on = DateFields.parse("visitedOn", "Date of the visit", day, month, year);
            lookedAfter.recordVisit(
                    new CaseId(id), new Visit(null, on, visitor, location, seenAlone, summary, false, null));
            redirect.addFlashAttribute("notice", "Visit recorded");
            return "redirect:/cases/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("case", cases.view(new CaseId(id), "recording a visit"));
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/visit-new";
        }
    }

    @PostMapping("/cases/{id}/attendance")
    String recordAttendance(
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) AttendanceMark.Session session,
            @RequestParam(required = false) AttendanceCode code,
            RedirectAttributes redirect) {
        try {
            lookedAfter.recordAttendance(new CaseId(id), new AttendanceMark(date, session, code));
            redirect.addFlashAttribute("notice", "Attendance mark recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/cases/" + id;
    }
}
