package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.rights.Channel;
import org.custodia.rights.IssuedResponses;
import org.custodia.rights.RequestStatus;
import org.custodia.rights.RightsRequestId;
import org.custodia.rights.RightsRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's rights requests: the list by due date, entering one received another way, and a request's page. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RequestPages {

    static final String BASE = "/data-protection/rights-requests";

    private final RightsRequests requests;
    private final IssuedResponses responses;

    RequestPages(RightsRequests requests, IssuedResponses responses) {
        this.requests = requests;
        this.responses = responses;
    }

    /** Open requests unless the DPO asks for the closed ones or all: the open ones are the work to do. */
    @GetMapping(BASE)
    String list(@RequestParam(name = "show", defaultValue = "open") String show, Model model) {
        String shown = switch (show) {
            case "closed", "all" -> show;
            default -> "open";
        };
        model.addAttribute("show", shown);
        model.addAttribute(
                "requests",
                requests.list().stream()
                        .filter(request -> shown.equals("all")
                                || (request.status() == RequestStatus.CLOSED) == shown.equals("closed"))
                        .toList());
        return "rights/list";
    }

    @GetMapping(BASE + "/new")
    String form(Model model) {
        choices(model);
        return FormPage.show(new Form(), model, () -> "rights/new");
    }

    @PostMapping(BASE + "/new")
    String receive(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        choices(model);
        return FormPage.submit(
                form,
                () -> BASE + "/" + RequestForm.read(form, false, requests::receive),
                "Request recorded",
                () -> "rights/new",
                model,
                redirect,
                response);
    }

    @GetMapping(BASE + "/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.view(new RightsRequestId(id)));
        model.addAttribute("response", responses.status(new RightsRequestId(id)));
        return "rights/request";
    }

    private static void choices(Model model) {
        model.addAttribute("kinds", org.custodia.rights.RequestKind.values());
        model.addAttribute("authorities", org.custodia.rights.Authority.values());
        model.addAttribute("methods", org.custodia.rights.ResponseMethod.values());
        model.addAttribute(
                "channels",
                Arrays.stream(Channel.values())
                        .filter(c -> c != Channel.ONLINE_FORM)
                        .toList());
    }
}
