package org.custodia.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.servicedesk.Channel;
import org.custodia.servicedesk.NewContact;
import org.custodia.servicedesk.RedactionReason;
import org.custodia.servicedesk.RequestStatus;
import org.custodia.servicedesk.ServiceDesk;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's service desk: the queue, a request, replying, status, redaction, recording a contact. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class ServiceDeskPages {

    private static final String BASE = "/operator/service-desk";

    private final ServiceDesk desk;

    ServiceDeskPages(ServiceDesk desk) {
        this.desk = desk;
    }

    @GetMapping(BASE)
    String queue(Model model) {
        model.addAttribute("queue", desk.queue());
        return "servicedesk/queue";
    }

    @GetMapping(BASE + "/{id}")
    String request(@PathVariable UUID id, Model model) {
        return FormPage.show(new Form(), model, () -> show(id, model));
    }

    @PostMapping(BASE + "/{id}/reply")
    String reply(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    desk.reply(id, form.get("message"), form.choice("status", RequestStatus.class));
                    return BASE + "/" + id;
                },
                "Reply sent: the user has been emailed a link to it",
                () -> show(id, model),
                model,
                redirect,
                response);
    }

    @PostMapping(BASE + "/{id}/status")
    String update(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    desk.update(id, form.choice("status", RequestStatus.class), form.checked("assignToMe"));
                    return BASE + "/" + id;
                },
                "Request updated",
                () -> show(id, model),
                model,
                redirect,
                response);
    }

    @PostMapping(BASE + "/{id}/messages/{message}/redact")
    String redact(
            @PathVariable UUID id,
            @PathVariable UUID message,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    desk.redact(id, message, form.get("text"), form.choice("reason", RedactionReason.class));
                    return BASE + "/" + id;
                },
                "Message redacted",
                () -> show(id, model),
                model,
                redirect,
                response);
    }

    @GetMapping(BASE + "/{id}/screenshots/{screenshot}")
    ResponseEntity<byte[]> screenshot(@PathVariable UUID id, @PathVariable UUID screenshot) {
        return Screenshots.download(desk.screenshot(id, screenshot), id);
    }

    @GetMapping(BASE + "/contacts/new")
    String contactForm(Model model) {
        model.addAttribute("channels", new Channel[] {Channel.PHONE, Channel.EMAIL});
        return FormPage.show(new Form(), model, () -> "servicedesk/contact");
    }

    @PostMapping(BASE + "/contacts/new")
    String recordContact(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("channels", new Channel[] {Channel.PHONE, Channel.EMAIL});
        return FormPage.submit(
                form,
                () -> BASE + "/"
                        + desk.recordContact(new NewContact(
                                form.get("organisationCode"),
                                form.get("email"),
                                form.choice("channel", Channel.class),
                                form.get("contactDetails"),
                                form.get("subject"),
                                form.get("summary"))),
                "Contact recorded",
                () -> "servicedesk/contact",
                model,
                redirect,
                response);
    }

    private String show(UUID id, Model model) {
        model.addAttribute("request", desk.open(id));
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("reasons", RedactionReason.values());
        return "servicedesk/case";
    }
}
