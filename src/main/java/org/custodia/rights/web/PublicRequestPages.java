package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodia.identity.Organisation;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.rights.Authority;
import org.custodia.rights.PublicRightsRequests;
import org.custodia.rights.Receipt;
import org.custodia.rights.RequestKind;
import org.custodia.rights.ResponseMethod;
import org.custodia.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's public rights request form: anyone may use it without signing in (the privacy
 * notice and the published retention schedule link to it). It shows nothing of the organisation's data.
 */
@Controller
class PublicRequestPages {

    private final PublicRightsRequests requests;

    PublicRequestPages(PublicRightsRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/organisations/{code}/rights-requests/new")
    String form(@PathVariable String code, Model model) {
        choices(model, requests.organisation(code));
        return FormPage.show(new Form(), model, () -> "rights/public-new");
    }

    @PostMapping("/organisations/{code}/rights-requests/new")
    String submit(
            @PathVariable String code,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Organisation organisation = requests.organisation(code);
        choices(model, organisation);
        return FormPage.submit(
                form,
                () -> {
                    Receipt receipt = RequestForm.read(form, true, request -> requests.submit(code, request));
                    redirect.addFlashAttribute("receipt", receipt);
                    return "/organisations/" + organisation.code() + "/rights-requests/received";
                },
                null,
                () -> "rights/public-new",
                model,
                redirect,
                response);
    }

    /** The confirmation, shown once after sending (a reload finds nothing to show). */
    @GetMapping("/organisations/{code}/rights-requests/received")
    String received(@PathVariable String code, Model model) {
        model.addAttribute("organisation", requests.organisation(code));
        if (!model.containsAttribute("receipt")) {
            throw new NotFound("Request confirmation");
        }
        return "rights/public-received";
    }

    static void choices(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("authorities", Authority.values());
        model.addAttribute("methods", ResponseMethod.values());
    }
}
