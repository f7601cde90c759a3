package org.custodia.notices.internal;

import java.util.Comparator;
import java.util.List;
import org.custodia.governance.ActivityStatus;
import org.custodia.governance.Country;
import org.custodia.governance.ProcessingActivity;
import org.custodia.governance.ProcessingRegister;
import org.custodia.governance.Transfer;
import org.custodia.notices.RegisterFacts;
import org.custodia.retention.RetentionRule;
import org.custodia.retention.RetentionSchedule;
import org.springframework.stereotype.Component;

/**
 * The register facts a privacy notice shows, read now from the record of processing and the retention
 * schedule. Only live activities count: a draft is not yet processing anyone's data. Read as the DPO,
 * and audited by the register as an export for the privacy notice.
 */
@Component
public class RegisterSnapshot {

    static final String EXPORT_FORMAT = "privacy notice";

    private final ProcessingRegister register;
    private final RetentionSchedule schedule;

    RegisterSnapshot(ProcessingRegister register, RetentionSchedule schedule) {
        this.register = register;
        this.schedule = schedule;
    }

    public RegisterFacts now() {
        ProcessingRegister.Register record = register.export(EXPORT_FORMAT);
        boolean scheduleAdopted = schedule.adopted();
        return new RegisterFacts(
                record.controller().name(),
                record.activities().stream()
                        .filter(activity -> activity.status() == ActivityStatus.LIVE)
                        .map(RegisterSnapshot::activity)
                        .sorted(Comparator.comparing(RegisterFacts.Activity::name))
                        .toList(),
                record.recipients().stream()
                        .map(r -> new RegisterFacts.Recipient(
                                r.name(),
                                r.kind().label(),
                                r.kind().processes(),
                                r.service(),
                                r.processingCountries() == null
                                        ? List.of()
                                        : r.processingCountries().stream()
                                                .map(Country::name)
                                                .toList()))
                        .sorted(Comparator.comparing(RegisterFacts.Recipient::name))
                        .toList(),
                record.transfers().stream()
                        .map(t -> new RegisterFacts.Transfer(
                                t.country().name(), t.recipientName(), t.dataTransferred(), safeguard(t)))
                        .sorted(Comparator.comparing(RegisterFacts.Transfer::country)
                                .thenComparing(RegisterFacts.Transfer::recipient))
                        .toList(),
                scheduleAdopted
                        ? schedule.rules().stream()
                                .map(RegisterSnapshot::retention)
                                .toList()
                        : List.of(),
                scheduleAdopted);
    }

    private static RegisterFacts.Activity activity(ProcessingActivity activity) {
        var details = activity.details();
        return new RegisterFacts.Activity(
                details.name(),
                details.purposes(),
                details.lawfulBasis() == null
                        ? null
                        : details.lawfulBasis().label() + " ("
                                + details.lawfulBasis().article() + ")",
                blankToNull(details.legalProvision()),
                details.art9Conditions().stream()
                        .map(condition -> condition.citation())
                        .toList(),
                details.art10Condition() == null
                        ? null
                        : details.art10Condition().citation());
    }

    private static RegisterFacts.Retention retention(RetentionRule rule) {
        return new RegisterFacts.Retention(
                rule.kind().label(), rule.describe(), rule.action().label());
    }

    private static String safeguard(Transfer t) {
        if (t.adequate()) {
            return "UK adequacy regulations";
        }
        if (t.safeguard() != null && t.safeguard().contract()) {
            return t.safeguard().label();
        }
        if (t.exception() != null) {
            return "An exception of UK GDPR Art 49: " + t.exception().label();
        }
        return "No safeguard recorded";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
