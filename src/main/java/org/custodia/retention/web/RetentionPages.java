package org.custodia.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.identity.Organisations;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        schedule.rule(recordKind).ifPresent(rule -> fill(form, rule));
        return ruleForm(model, recordKind, form);
    }

    @PostMapping(BASE + "/rules/{kind}")
    String changeRule(
            @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RecordKind recordKind = kind(kind);
        return submit(
                () -> {
                    schedule.change(
                            recordKind,
                            new RuleChange(
                                    FormValues.number(form, "periodYears"),
                                    FormValues.choice(form, "startsFrom", StartEvent.class),
                                    FormValues.number(form, "childDeathYears"),
                                    FormValues.choice(form, "action", EndAction.class),
                                    FormValues.text(form, "source")));
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
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (caseId != null) {
            form.add("target", HoldTarget.CASE.name());
            form.add("targetId", caseId.toString());
        }
        return holdForm(model, form);
    }

    @PostMapping(BASE + "/holds/new")
    String placeHold(
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return submit(
                () -> {
                    holds.place(new NewHold(
                            FormValues.choice(form, "target", HoldTarget.class),
                            FormValues.id(form, "targetId"),
                            FormValues.choice(form, "ground", HoldGround.class),
                            FormValues.text(form, "reason"),
                            FormValues.date(form, "reviewOn")));
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
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        holds.get(id);
        return submit(
                () -> {
                    holds.lift(id, FormValues.text(form, "reason"));
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
        return reviewForm(id, model, new LinkedMultiValueMap<>());
    }

    @PostMapping(BASE + "/reviews/{id}")
    String decide(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        reviews.get(id);
        return submit(
                () -> {
                    reviews.decide(
                            id,
                            new ReviewDecision(
                                    FormValues.choice(form, "choice", ReviewDecision.Choice.class),
                                    FormValues.date(form, "keepUntil"),
                                    FormValues.text(form, "reason"),
                                    FormValues.choice(form, "ground", HoldGround.class),
                                    FormValues.date(form, "reviewOn")));
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

    private String ruleForm(Model model, RecordKind kind, MultiValueMap<String, String> form) {
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("startEvents", kind.startEvents());
        model.addAttribute("endActions", kind.endActions());
        return "retention/rule";
    }

    private String holdForm(Model model, MultiValueMap<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("targets", HoldTarget.values());
        model.addAttribute("grounds", HoldGround.values());
        return "retention/hold-new";
    }

    private String reviewForm(UUID id, Model model, MultiValueMap<String, String> form) {
        model.addAttribute("review", reviews.get(id));
        model.addAttribute("form", form);
        model.addAttribute("choices", ReviewDecision.Choice.values());
        model.addAttribute("grounds", HoldGround.values());
        return "retention/review";
    }

    private static void fill(MultiValueMap<String, String> form, RetentionRule rule) {
        form.add("periodYears", String.valueOf(rule.periodYears()));
        form.add("startsFrom", rule.startsFrom().name());
        if (rule.childDeathYears() != null) {
            form.add("childDeathYears", String.valueOf(rule.childDeathYears()));
        }
        form.add("action", rule.action().name());
        if (rule.source() != null) {
            form.add("source", rule.source());
        }
    }

    static RecordKind kind(String kind) {
        try {
            return RecordKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Kind of record");
        }
    }

    private static String submit(
            Supplier<String> action,
            String notice,
            Supplier<String> again,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            String next = action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + next;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again.get();
        }
    }
}
