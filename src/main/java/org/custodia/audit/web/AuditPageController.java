package org.custodia.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodia.audit.ActorDirectory;
import org.custodia.audit.AuditEntry;
import org.custodia.audit.AuditLog;
import org.custodia.audit.AuditPage;
import org.custodia.audit.AuditSeal;
import org.custodia.audit.AuditSeals;
import org.custodia.audit.AuditVerification;
import org.custodia.audit.internal.ActorNames;
import org.custodia.platform.UkCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit page: search the organisation's trail and verify its chain. */
@Controller
@RequestMapping("/audit")
// Checked here as well as in AuditLog, so that a form with mistakes is refused too, not shown back.
@PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
class AuditPageController {

    private static final DateTimeFormatter UK_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(UkCalendar.ZONE);

    private final AuditLog log;
    private final ActorDirectory actors;
    private final AuditSeals seals;

    AuditPageController(AuditLog log, ObjectProvider<ActorDirectory> actors, AuditSeals seals) {
        this.log = log;
        this.actors = ActorNames.lazily(actors);
        this.seals = seals;
    }

    @GetMapping
    public String search(AuditSearchForm form, Model model) {
        return show(form, null, model);
    }

    /** Shows the result on the page itself: verifying again on a refresh is harmless (and audited). */
    @PostMapping("/verification")
    public String verify(Model model) {
        return show(AuditSearchForm.empty(), log.verify(), model);
    }

    private String show(AuditSearchForm form, AuditVerification verification, Model model) {
        AuditQuery query = new AuditQuery();
        var filter = form.filter(query);
        int page = query.page(form.page());
        model.addAttribute("form", form);
        model.addAttribute("errors", query.errors());
        model.addAttribute("verification", verification);
        List<AuditSeal> allSeals = new ArrayList<>(seals.all());
        Collections.reverse(allSeals);
        model.addAttribute("seals", allSeals.subList(0, Math.min(5, allSeals.size())));
        model.addAttribute("sealCount", allSeals.size());
        model.addAttribute("publicKeyset", seals.publicKeyset());
        if (query.errors().isEmpty()) {
            AuditPage result = log.search(filter, page);
            model.addAttribute("result", result);
            Map<UUID, String> names = actors.namesOf(result.entries().stream()
                    .map(AuditEntry::actorId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            model.addAttribute(
                    "rows",
                    result.entries().stream().map(entry -> Row.of(entry, names)).toList());
            model.addAttribute("previousLink", result.hasPrevious() ? form.linkTo(page - 1) : null);
            model.addAttribute("nextLink", result.hasNext() ? form.linkTo(page + 1) : null);
        } else {
            model.addAttribute("rows", List.of());
        }
        return "audit/index";
    }

    /** One entry as the table shows it: UK time, and a dash for whatever the entry does not name. */
    record Row(
            String time,
            String actorType,
            String actorId,
            String actorName,
            String action,
            String object,
            String subject,
            String purpose,
            String outcome,
            String requestId) {

        static Row of(AuditEntry entry, Map<UUID, String> names) {
            String object = entry.objectType() == null
                    ? null
                    : entry.objectType() + (entry.objectId() == null ? "" : " " + entry.objectId());
            return new Row(
                    UK_TIME.format(entry.occurredAt()),
                    entry.actorType(),
                    text(entry.actorId()),
                    entry.actorId() == null ? null : names.get(entry.actorId()),
                    entry.action(),
                    text(object),
                    text(entry.subjectId()),
                    text(entry.purpose()),
                    entry.outcome(),
                    text(entry.requestId()));
        }

        private static String text(Object value) {
            return Objects.toString(value, "–");
        }
    }
}
