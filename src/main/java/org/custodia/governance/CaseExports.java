package org.custodia.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodia.casework.CaseId;
import org.custodia.casework.CaseView;
import org.custodia.casework.Cases;
import org.custodia.governance.internal.DisclosureRecording;
import org.custodia.governance.internal.RecipientRows;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports and prints of a case page. Each is a disclosure, recorded against the child and the people
 * involved, and the document says on every page who produced it, when, for whom and on what basis.
 * The case is read as the case page reads it, so the document never shows more than the reader may see.
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class CaseExports {

    private final Cases cases;
    private final DisclosureRecording recording;
    private final RecipientRows recipients;
    private final Clock clock;

    CaseExports(Cases cases, DisclosureRecording recording, RecipientRows recipients, Clock clock) {
        this.cases = cases;
        this.recording = recording;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** What the exporter chooses; the basis fields are those of {@link NewDisclosure}. */
    public record Request(
            UUID recipient,
            DisclosureBasis basis,
            String statutoryBasis,
            String reason,
            UUID decidedBy,
            LocalDate decidedOn,
            UUID consentPurpose,
            ExportFormat format) {

        NewDisclosure asDisclosure(List<UUID> people, String dataShared, LocalDate on) {
            return new NewDisclosure(
                    people,
                    recipient,
                    on,
                    dataShared,
                    format == null ? null : format.method(),
                    basis,
                    statutoryBasis,
                    reason,
                    decidedBy,
                    decidedOn,
                    consentPurpose);
        }
    }

    /** The case as exported, and what every page of the document carries. */
    public record Exported(
            CaseView view,
            DisclosureId disclosure,
            ExportFormat format,
            String producedBy,
            Instant producedAt,
            String recipient,
            String basis) {}

    /** The case, for the form that asks whom it is for. */
    @Transactional
    public CaseView preview(CaseId id) {
        return cases.view(id, "choosing an export");
    }

    @Transactional
    public Exported export(CaseId id, Request request) {
        if (request.format() == null) {
            throw new InvalidInput("format", "Select PDF download or print view");
        }
        recording.checkBeforeReading(
                request.asDisclosure(List.of(), "Case record", UkCalendar.today(clock)), id.value());
        CaseView view = cases.view(id, "export to a recipient");
        List<UUID> people = new ArrayList<>();
        people.add(view.child().id().value());
        view.participants().forEach(p -> people.add(p.person().id().value()));
        DisclosureId disclosure = recording.record(
                request.asDisclosure(
                        people,
                        "Case record " + view.reference() + " as shown to the exporter",
                        UkCalendar.today(clock)),
                id.value(),
                request.format().name());
        String basis = request.basis().label()
                + (request.basis() == DisclosureBasis.STATUTORY
                        ? ": " + request.statutoryBasis().trim()
                        : "");
        return new Exported(
                view,
                disclosure,
                request.format(),
                Tenancy.requireActor().displayName(),
                clock.instant(),
                recipients
                        .find(new RecipientId(request.recipient()))
                        .orElseThrow()
                        .name(),
                basis);
    }
}
