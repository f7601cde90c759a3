package org.custodia.casework.web;

import java.util.UUID;
import org.custodia.casework.BreakGlassReviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPOs' review list of cases opened outside their teams. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class BreakGlassReviewPages {

    private final BreakGlassReviews reviews;

    BreakGlassReviewPages(BreakGlassReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/break-glass-reviews")
    String list(Model model) {
        model.addAttribute("pending", reviews.awaitingReview());
        return "casework/break-glass-reviews";
    }

    @PostMapping("/break-glass-reviews/{id}")
    String review(@PathVariable UUID id, @RequestParam boolean justified, RedirectAttributes redirect) {
        reviews.review(id, justified);
        redirect.addFlashAttribute("notice", justified ? "Marked as justified" : "Marked as not justified");
        return "redirect:/break-glass-reviews";
    }
}
