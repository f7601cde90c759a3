package org.custodia.rights;

import java.util.ArrayList;
import java.util.List;
import org.custodia.personaldata.SubjectFile;
import org.custodia.rights.internal.Pauses;
import org.custodia.rights.internal.Redactions;
import org.custodia.rights.internal.Redactions.Decision;
import org.custodia.rights.internal.RequestRows.RequestRow;
import org.custodia.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The first step of issuing a response: the request ready for one (clock running), the file subject access
 * assembles, and every record that mentions other people decided, with the withholding applied. On its own
 * so that what a response must pass before it goes out is in one place, apart from rendering and delivery.
 */
@Component
class ResponseAssembly {

    private final ResponseFiles files;
    private final Pauses pauses;
    private final Redactions redactions;

    ResponseAssembly(ResponseFiles files, Pauses pauses, Redactions redactions) {
        this.files = files;
        this.pauses = pauses;
        this.redactions = redactions;
    }

    /**
     * The file with the redactions applied.
     *
     * @throws InvalidInput if the request is not ready, or a record that mentions other people is undecided
     */
    RedactedFile redactedFile(RequestRow row) {
        RightsRequestId id = row.id();
        List<String> notReady = new ArrayList<>(files.notReady(row));
        if (Pauses.current(pauses.of(id)).isPresent()) {
            notReady.add("The clock is paused: resume it (or record the fee as paid) before responding");
        }
        if (!notReady.isEmpty()) {
            throw new InvalidInput("request", notReady.get(0));
        }
        SubjectFile file = files.file(row);
        List<Decision> decisions = redactions.of(id);
        long undecided = RedactionReview.items(file, decisions).stream()
                .filter(item -> item.state() == ResponseReview.State.TO_REVIEW)
                .count();
        if (undecided > 0) {
            throw new InvalidInput(
                    "records",
                    undecided + (undecided == 1 ? " record mentions" : " records mention")
                            + " other people and is not yet decided: withhold what must be withheld, or mark it"
                            + " reviewed to disclose it");
        }
        return RedactedFile.of(file, ResponseFiles.redactions(decisions));
    }
}
