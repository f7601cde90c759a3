package org.custodia.casework;

import java.time.LocalDate;
import java.util.List;
import org.custodia.casework.internal.CaseChanges;
import org.custodia.casework.internal.CaseLists;
import org.custodia.casework.internal.CasePageReading;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases, for practitioners on their teams. Anyone else in the organisation reaches a case only by
 * recording why (break-glass). Every read and change is audited against the child, in the
 * transaction of the read or change: finding cases ({@link CaseLists}), reading one ({@link
 * CasePageReading}: one access decision, one audit record) and changing one ({@link CaseChanges}).
 */
@Component
@PreAuthorize("hasRole('PRACTITIONER')")
public class Cases {

    private final CaseLists lists;
    private final CasePageReading reading;
    private final CaseChanges changes;

    Cases(CaseLists lists, CasePageReading reading, CaseChanges changes) {
        this.lists = lists;
        this.reading = reading;
        this.changes = changes;
    }

    /** Opens a case about a child the practitioner can see; they join its team. */
    @Transactional
    public CaseId open(CaseType type, PersonId child, LocalDate openedOn) {
        return changes.open(type, child, openedOn);
    }

    @Transactional
    public List<CaseSummary> mine() {
        return lists.mine();
    }

    /** The reader's cases whose reference or child's name matches; the text is never recorded. */
    @Transactional
    public List<CaseSummary> search(String text) {
        return lists.search(text);
    }

    /** The cases of a child, including ones the reader is not on, so break-glass can be offered. */
    @Transactional
    public List<CaseSummary> ofChild(PersonId child) {
        return lists.ofChild(child);
    }

    /**
     * The case page: the case, its team, participants and notes, and the records its type keeps,
     * in one transaction under one access decision, audited as one record naming what was shown.
     *
     * @throws CaseAccessNeedsReason if the reader is not on the case team and has not broken the glass
     * @throws ProcessingRestricted if the child's data is restricted and the reader has no allowed use
     */
    @Transactional
    public CasePage page(CaseId id, String purpose) {
        CasePageReading.Read read = reading.read(id, purpose, true);
        CaseView view = read.view();
        return read.sections()
                .map(s -> new CasePage(
                        view,
                        s.month(),
                        s.attendance(),
                        s.placements(),
                        s.pepMeetings(),
                        s.visits(),
                        s.review(),
                        s.enrolments(),
                        s.senStatuses()))
                .orElseGet(() -> CasePage.of(view));
    }

    /** The case without the records its type keeps (for API clients, who ask for those one by one). */
    @Transactional
    public CaseView view(CaseId id, String purpose) {
        return reading.read(id, purpose, false).view();
    }

    @Transactional
    public void addNote(CaseId id, String text) {
        changes.addNote(id, text);
    }

    @Transactional
    public void close(CaseId id, LocalDate on) {
        changes.close(id, on);
    }
}
