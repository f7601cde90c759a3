package org.custodia.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.servicedesk.SupportRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's service desk pages: "Get help", their requests, a request's thread, their records. */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('PLATFORM_OPERATOR')")
class SupportPages {

    private final SupportRequests requests;

    SupportPages(SupportRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/support")
    String list(Model model) {
        model.addAttribute("requests", requests.mine());
        return "servicedesk/requests";
    }

    @GetMapping("/support/new")
    String form(Model model) {
        return FormPage.show(new Form(), model, () -> "servicedesk/new");
    }

    @PostMapping("/support/new")
    String raise(
            Form form,
            @RequestParam(name = "screenshot", required = false) MultipartFile screenshot,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> "/support/requests/"
                        + requests.raise(form.get("subject"), form.get("description"), bytes(screenshot)),
                "Your request has been sent to the service desk",
                () -> "servicedesk/new",
                model,
                redirect,
                response);
    }

    @GetMapping("/support/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        model.addAttribute("request", requests.get(id));
        return FormPage.show(new Form(), model, () -> "servicedesk/request");
    }

    @PostMapping("/support/requests/{id}/reply")
    String reply(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    requests.reply(id, form.get("message"));
                    return "/support/requests/" + id;
                },
                "Your reply has been sent",
                () -> {
                    model.addAttribute("request", requests.get(id));
                    return "servicedesk/request";
                },
                model,
                redirect,
                response);
    }

    @GetMapping("/support/requests/{id}/screenshots/{screenshot}")
    ResponseEntity<byte[]> screenshot(@PathVariable UUID id, @PathVariable UUID screenshot) {
        return Screenshots.download(requests.screenshot(id, screenshot), id);
    }

    @GetMapping("/support/your-records")
    String records(Model model) {
        model.addAttribute("records", requests.myRecords());
        return "servicedesk/records";
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
