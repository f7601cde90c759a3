package org.custodia.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.identity.Organisations;
import org.custodia.platform.Form;
import org.custodia.platform.FormPage;
import org.custodia.retention.DisposalCertificate;
import org.custodia.retention.Disposals;
import org.custodia.retention.EndAction;
import org.custodia.retention.HoldGround;
import org.custodia.retention.HoldTarget;
import org.custodia.retention.LegalHolds;
import org.custodia.retention.NewHold;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetentionReviews;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.RetentionSchedule;
import org.custodia.retention.ReviewDecision;
import org.custodia.retention.RuleChange;
import org.custodia.retention.StartEvent;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's retention pages: the schedule, legal holds, the review list and disposal runs. */
@Controller
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class RetentionPages {

    private static final String BASE = "/data-protection/retention";

    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final RetentionReviews reviews;
    private final Disposals disposals;
    private final Organisations organisations;

    RetentionPages(
            RetentionSchedule schedule,
            LegalHolds holds,
            RetentionReviews reviews,
            Disposals disposals,
            Organisations organisations) {
        this.organisations = organisations;
        this.schedule = schedule;
        this.holds = holds;
        this.reviews = reviews;
        this.disposals = disposals;
    }

    @GetMapping(BASE)
    String schedule(Model model) {
        model.addAttribute("organisationCode", organisations.current().code());
        model.addAttribute("adopted", schedule.adopted());
        model.addAttribute("rules", schedule.rules());
        model.addAttribute("withoutRule", schedule.kindsWithoutRule());
        model.addAttribute("unruled", disposals.unruled());
        model.addAttribute("runs", disposals.runs());
        model.addAttribute("openReviews", reviews.open().size());
        return "retention/schedule";
    }

    @PostMapping(BASE + "/adoption")
    String adopt(RedirectAttributes redirect) {
        schedule.adoptReadyMade();
        redirect.addFlashAttribute("notice", "Ready-made schedule adopted and published");
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/rules/{kind}")
    String rule(@PathVariable String kind, Model model) {
        RecordKind recordKind = kind(kind);
        Form form = new Form();
        schedule.rule(recordKind).ifPresent(rule -> fill(form, rule));
        return ruleForm(model, recordKind, form);
    }

    @PostMapping(BASE + "/rules/{kind}")
    String changeRule(
            @PathVariable String kind,
            Form form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RecordKind recordKind = kind(kind);
        return FormPage.submit(
                form,
                () -> {
                    schedule.change(
                            recordKind,
                            new RuleChange(
                                    form.integer("periodYears"),
                                    form.choice("startsFrom", StartEvent.class),
                                    form.integer("childDeathYears"),
                                    form.choice("action", EndAction.class),
                                    form.text("source")));
                    return BASE;
                },
                "Rule changed",
                () -> ruleForm(model, recordKind, form),
                model,
                redirect,
                response);
    }

    @GetMapping(BASE + "/holds")
    String holds(Model model) {
        model.addAttribute("holds", holds.list());
        return "retention/holds";
    }

    @GetMapping(BASE + "/holds/new")
    String newHold(@RequestParam(required = false) UUID caseId, Model model) {
        Form form = new Form();
        if (caseId != null) {
            form.put("target", HoldTarget.CASE.name());
            form.put("targetId", caseId);
        }
        return holdForm(model, form);
    }

    @PostMapping(BASE + "/holds/new")
    String placeHold(Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormPage.submit(
                form,
                () -> {
                    holds.place(new NewHold(
                            form.choice("target", HoldTarget.class),
                            form.id("targetId"),
                            form.choice("ground", HoldGround.class),
                            form.text("reason"),
                            date(form, "reviewOn")));
                    return BASE + "/holds";
                },
                "Legal hold placed",
                () -> holdForm(model, form),
                model,
                redirect,
                response);
    }

    @PostMapping(BASE + "/holds/{id}/lifting")
    String liftHold(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        holds.get(id);
        return FormPage.submit(
                form,
                () -> {
                    holds.lift(id, form.text("reason"));
                    return BASE + "/holds";
                },
                "Legal hold lifted",
                () -> holds(model),
                model,
                redirect,
                response);
    }

    @GetMapping(BASE + "/reviews")
    String reviews(Model model) {
        model.addAttribute("reviews", reviews.open());
        model.addAttribute("decided", reviews.decided());
        model.addAttribute("disposedOnReview", disposals.disposedOnReview());
        return "retention/reviews";
    }

    @GetMapping(BASE + "/reviews/{id}")
    String review(@PathVariable UUID id, Model model) {
        return reviewForm(id, model, new Form());
    }

    @PostMapping(BASE + "/reviews/{id}")
    String decide(
            @PathVariable UUID id, Form form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        reviews.get(id);
        return FormPage.submit(
                form,
                () -> {
                    reviews.decide(
                            id,
                            new ReviewDecision(
                                    form.choice("choice", ReviewDecision.Choice.class),
                                    date(form, "keepUntil"),
                                    form.text("reason"),
                                    form.choice("ground", HoldGround.class),
                                    date(form, "reviewOn")));
                    return BASE + "/reviews";
                },
                "Decision recorded",
                () -> reviewForm(id, model, form),
                model,
                redirect,
                response);
    }

    @PostMapping(BASE + "/runs")
    String startRun(Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            UUID run = disposals.start();
            redirect.addFlashAttribute("notice", "Disposal run started");
            return "redirect:" + BASE + "/runs/" + run;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return schedule(model);
        }
    }

    @GetMapping(BASE + "/runs/{id}")
    String run(@PathVariable UUID id, Model model, HttpServletResponse response) {
        DisposalCertificate certificate = disposals.certificate(id);
        if (certificate.run().running()) {
            // The page follows the run by itself; a header, because the CSP allows no script.
            response.setHeader("Refresh", "5");
        }
        model.addAttribute("certificate", certificate);
        model.addAttribute("itemsShown", Disposals.ITEMS_SHOWN);
        return "retention/run";
    }

    private String ruleForm(Model model, RecordKind kind, Form form) {
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("startEvents", kind.startEvents());
        model.addAttribute("endActions", kind.endActions());
        return "retention/rule";
    }

    private String holdForm(Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("targets", HoldTarget.values());
        model.addAttribute("grounds", HoldGround.values());
        return "retention/hold-new";
    }

    private String reviewForm(UUID id, Model model, Form form) {
        model.addAttribute("review", reviews.get(id));
        model.addAttribute("form", form);
        model.addAttribute("choices", ReviewDecision.Choice.values());
        model.addAttribute("grounds", HoldGround.values());
        return "retention/review";
    }

    private static void fill(Form form, RetentionRule rule) {
        form.put("periodYears", rule.periodYears());
        form.put("startsFrom", rule.startsFrom().name());
        form.put("childDeathYears", rule.childDeathYears());
        form.put("action", rule.action().name());
        form.put("source", rule.source());
    }

    static RecordKind kind(String kind) {
        try {
            return RecordKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Kind of record");
        }
    }

    /** The boxes of this module's date inputs are posted as name-day, name-month and name-year. */
    private static LocalDate date(Form form, String name) {
        return form.realDate(name + "-day", name + "-month", name + "-year");
    }
}
