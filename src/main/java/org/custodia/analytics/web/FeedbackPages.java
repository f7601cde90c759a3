package org.custodia.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodia.analytics.Feedback;
import org.custodia.analytics.FeedbackResults;
import org.custodia.analytics.Journey;
import org.custodia.analytics.Satisfaction;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "What did you think of this service?": the form anyone may fill in, signed in or not, and the
 * operators' results with a chart.
 */
@Controller
class FeedbackPages {

    private final Feedback feedback;

    FeedbackPages(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback")
    String form(@RequestParam(required = false) String journey, Model model) {
        return FormPage.show(new Form().put("journey", Journey.of(journey).parameter()), model, () -> page(model));
    }

    @PostMapping("/feedback")
    String give(
            @RequestParam MultiValueMap<String, String> posted,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Form form = new Form(posted);
        return FormPage.submit(
                form,
                () -> {
                    feedback.give(
                            Journey.of(form.get("journey")),
                            satisfaction(form.get("satisfaction")),
                            form.get("comments"),
                            "true".equals(form.get("mayContact")));
                    return "/feedback/thanks";
                },
                null,
                () -> page(model),
                model,
                redirect,
                response);
    }

    @GetMapping("/feedback/thanks")
    String thanks() {
        return "feedback/thanks";
    }

    @GetMapping("/operator/feedback")
    @PreAuthorize("hasRole('PLATFORM_OPERATOR')")
    String results(Model model) {
        FeedbackResults results = feedback.results(false);
        model.addAttribute("results", results);
        model.addAttribute(
                "chart",
                BarChart.of(
                        "Ratings given",
                        results.ratings().stream()
                                .map(r -> r.satisfaction().label())
                                .toList(),
                        results.ratings().stream()
                                .map(FeedbackResults.Rating::count)
                                .toList()));
        return "feedback/results";
    }

    private String page(Model model) {
        model.addAttribute("scale", Feedback.scale());
        model.addAttribute("maxComments", Feedback.MAX_COMMENTS);
        return "feedback/form";
    }

    private static Satisfaction satisfaction(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Satisfaction.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
