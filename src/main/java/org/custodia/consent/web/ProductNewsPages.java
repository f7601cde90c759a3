package org.custodia.consent.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.custodia.consent.ProductNews;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A platform operator writes news about the service; it goes by email only to users who asked for it. */
@Controller
@RequestMapping("/operator/product-news")
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class ProductNewsPages {

    private final ProductNews news;

    ProductNewsPages(ProductNews news) {
        this.news = news;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", Map.of());
        return "consent/product-news";
    }

    @PostMapping
    String send(
            @RequestParam Map<String, String> fields,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            int sent = news.send(fields.get("subject"), fields.get("message"));
            redirect.addFlashAttribute(
                    "notice",
                    "Sent to " + sent + (sent == 1 ? " user who has" : " users who have")
                            + " asked for news about Custodia by email");
            return "redirect:/operator/product-news";
        } catch (InvalidInput e) {
            model.addAttribute("form", fields);
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "consent/product-news";
        }
    }
}
