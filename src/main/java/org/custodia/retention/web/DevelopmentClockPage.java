package org.custodia.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodia.platform.Form;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.internal.ClockMoves;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Move the clock (development only)": a page that exists only while the development clock is on. */
@Controller
@PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER', 'ORGANISATION_ADMINISTRATOR')")
class DevelopmentClockPage {

    private static final String PATH = "/data-protection/retention/clock";

    private final ClockMoves moves;

    DevelopmentClockPage(ClockMoves moves) {
        this.moves = moves;
    }

    @GetMapping(PATH)
    String show(Model model) {
        return page(model, new Form().put("years", 0).put("days", 0));
    }

    @PostMapping(PATH)
    String forward(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        moves.requireClock();
        try {
            moves.forward(form.integer("years"), form.integer("days"));
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form);
        }
        redirect.addFlashAttribute("notice", "Clock moved forward");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/reset")
    String reset(RedirectAttributes redirect) {
        moves.reset();
        redirect.addFlashAttribute("notice", "Clock back to real time");
        return "redirect:" + PATH;
    }

    private String page(Model model, Form form) {
        var clock = moves.requireClock();
        model.addAttribute("form", form);
        model.addAttribute("today", UkCalendar.today(clock));
        model.addAttribute("shifted", clock.shifted());
        return "retention/clock";
    }
}
