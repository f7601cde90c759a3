package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.StatementCounter;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The case page is one read: one transaction, one access decision, one audit record naming what it
 * showed, and nothing shown unless that record is written.
 */
@CustodiaTest
@Import(StatementCounter.class)
class CasePageIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    LookedAfterChildren lookedAfter;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    @Autowired
    StatementCounter counter;

    @Autowired
    MockMvcTester mvc;

    TestOrganisation council;
    TestUser practitioner;
    PersonId child;
    CaseId lac;

    @BeforeEach
    void aLookedAfterChildsCaseWithRecords() {
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        as(practitioner, () -> {
            child = people.register(new PersonDetails(
                    "Poppy", null, "Page", null, LocalDate.of(2013, 4, 1), null, null, null, null, null, null));
            lac = cases.open(CaseType.LOOKED_AFTER_CHILD, child, TODAY.minusMonths(6));
            cases.addNote(lac, "Poppy settled well at the new placement.");
            lookedAfter.recordPlacement(
                    lac, new Placement(null, PlacementType.FOSTER_CARE, TODAY.minusMonths(5), null, null));
            lookedAfter.recordVisit(
                    lac,
                    new Visit(
                            null,
                            TODAY.minusDays(3),
                            "Social worker",
                            "Carer's home",
                            true,
                            "Talked about school.",
                            false,
                            null));
            lookedAfter.recordAttendance(
                    lac, new AttendanceMark(TODAY, AttendanceMark.Session.AM, AttendanceCode.PRESENT_AM));
            return null;
        });
    }

    @Test
    void theWholePageIsReadUnderOneDecisionAndAuditedAsOneRecord() {
        CasePage page = as(practitioner, () -> cases.page(lac, "casework"));

        assertThat(page.view().notes())
                .singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("Poppy settled well at the new placement."));
        assertThat(page.placements())
                .singleElement()
                .satisfies(placement -> assertThat(placement.type()).isEqualTo(PlacementType.FOSTER_CARE));
        assertThat(page.visits())
                .singleElement()
                .satisfies(visit -> assertThat(visit.summary()).isEqualTo("Talked about school."));
        assertThat(page.attendance()).hasSize(1);
        assertThat(organisations.auditDetails(council.id(), "case.viewed"))
                .containsExactly("SUCCESS:notes shown; sections: case, team, participants, notes, attendance "
                        + java.time.YearMonth.from(TODAY) + ", placements, PEP meetings (notes shown),"
                        + " visits (summaries shown)");
        assertThat(organisations.auditDetails(council.id(), "case.placements-viewed"))
                .isEmpty();
        assertThat(organisations.auditDetails(council.id(), "case.visits-viewed"))
                .isEmpty();
    }

    @Test
    void aPageIsAHandfulOfStatementsAndOneCommit() {
        as(practitioner, () -> cases.page(lac, "casework"));

        StatementCounter.Counts counts = as(practitioner, () -> counter.count(() -> cases.page(lac, "casework")))
                .counts();

        // The decision with the case and the child's key; notes; participants; names; four record
        // sections; the audit record; the commit.
        assertThat(counts.commits()).isOne();
        assertThat(counts.roundTrips()).isLessThanOrEqualTo(11);
    }

    @Test
    void aPageWhoseAuditRecordCannotBeWrittenShowsNothing() throws Exception {
        String trigger = "refuse_audit_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection owner = database.owner();
                Statement sql = owner.createStatement()) {
            sql.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                    + " raise exception 'audit store unavailable'; end $$");
            sql.execute("create trigger " + trigger + " before insert on audit_entries for each row when"
                    + " (new.subject_id = '" + child.value() + "') execute function " + trigger + "()");
        }
        try {
            assertThatThrownBy(() -> as(practitioner, () -> cases.page(lac, "casework")))
                    .hasStackTraceContaining("audit store unavailable");
            MvcTestResult shown = mvc.get()
                    .uri("/cases/" + lac.value())
                    .with(authentication(practitioner.authentication()))
                    .exchange();
            // The request fails before any view is rendered: no part of the page reaches the browser.
            assertThat(shown).hasFailed().failure().hasStackTraceContaining("audit store unavailable");
        } finally {
            try (Connection owner = database.owner();
                    Statement sql = owner.createStatement()) {
                sql.execute("drop trigger " + trigger + " on audit_entries");
                sql.execute("drop function " + trigger + "()");
            }
        }
        assertThat(organisations.auditDetails(council.id(), "case.viewed")).isEmpty();
    }

    @Test
    void aChildErasedBehindThePagesBackHasTheirNotesShownAsErased() throws Exception {
        as(practitioner, () -> cases.page(lac, "casework"));

        try (Connection owner = database.owner();
                Statement sql = owner.createStatement()) {
            assertThat(sql.executeUpdate("update subject_keys set sealed_keyset = null, destroyed_at = now()"
                            + " where organisation_id = '" + council.id().value() + "' and subject_id = '"
                            + child.value() + "'"))
                    .isOne();
        }

        CasePage page = as(practitioner, () -> cases.page(lac, "casework"));
        assertThat(page.view().notes())
                .singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("(erased)"));
        assertThat(page.visits())
                .singleElement()
                .satisfies(visit -> assertThat(visit.summary()).isEqualTo("(erased)"));
    }

    @Test
    void aColleagueOffTheTeamIsAskedForAReasonAndReadsNothing() {
        TestUser colleague = organisations.user(council, Role.PRACTITIONER);

        assertThatThrownBy(() -> as(colleague, () -> cases.page(lac, "casework")))
                .isInstanceOf(CaseAccessNeedsReason.class);
        assertThat(organisations.auditDetails(council.id(), "case.viewed"))
                .containsExactly("DENIED:not on the case team");
    }

    private static <T> T as(TestUser user, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(user.authentication());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
