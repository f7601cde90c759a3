package org.custodia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodia.encryption.FieldEncryption;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.retention.internal.DisposalJob;
import org.custodia.retention.internal.DisposalSweep;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestClock;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** The schedule, its rules and start events, holds, reviews, reporting and certificates. */
@CustodiaTest
class RetentionIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Tenancy tenancy;

    @Autowired
    DisposalSweep sweep;

    @Autowired
    DisposalJob job;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    TestClock clock;

    RetentionSteps steps;
    TestOrganisation council;
    TestUser dpo;
    LocalDate today;

    @BeforeEach
    void anOrganisationThatAdoptedTheReadyMadeSchedule() {
        steps = new RetentionSteps(mvc, jdbc, transactions, tenancy);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.form(dpo, "/data-protection/retention/adoption")).hasStatus3xxRedirection();
        today = UkCalendar.today(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void adoptingTheReadyMadeScheduleGivesEveryKindARuleAndIsAudited() {
        assertThat(steps.get(dpo, "/api/v1/retention/schedule"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.rules.length()")
                .isEqualTo(RecordKind.values().length);
        assertThat(steps.get(dpo, "/api/v1/retention/schedule"))
                .bodyJson()
                .extractingPath("$.rules[?(@.kind == 'LOOKED_AFTER_CHILD_CASE')].childDeathYears")
                .asArray()
                .containsExactly(15);
        assertThat(organisations.auditDetails(council.id(), "retention.schedule-adopted"))
                .hasSize(1);
        assertThat(steps.post(dpo, "/api/v1/retention/schedule/adoption", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void ruleChangesAreCheckedAndAudited() {
        assertThat(steps.put(
                        dpo,
                        "/api/v1/retention/schedule/rules/USER_ACCOUNT",
                        RetentionSteps.rule(0, "DATE_OF_BIRTH", null, "DESTROY")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKeys("periodYears", "startsFrom");
        assertThat(steps.put(
                        dpo,
                        "/api/v1/retention/schedule/rules/AUDIT_TRAIL",
                        RetentionSteps.rule(6, "CREATION", null, "DESTROY")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKey("action");
        assertThat(steps.put(
                        dpo,
                        "/api/v1/retention/schedule/rules/PUPIL_RECORD",
                        RetentionSteps.rule(25, "CREATION", 5, "DESTROY")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKey("childDeathYears");
        assertThat(steps.form(dpo, "/data-protection/retention/rules/PUPIL_RECORD", "periodYears", "x"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter a period between 1 and 150 years");
        assertThat(steps.put(
                        dpo,
                        "/api/v1/retention/schedule/rules/PUPIL_RECORD",
                        RetentionSteps.rule(30, "DATE_OF_BIRTH", null, "REVIEW")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.periodYears")
                .isEqualTo(30);
        assertThat(organisations.auditDetails(council.id(), "retention.rule-changed"))
                .singleElement()
                .asString()
                .contains("PUPIL_RECORD", "30 years");
        assertThat(steps.get(dpo, "/api/v1/retention/schedule/rules/NOT_A_KIND"))
                .hasStatus4xxClientError();
    }

    @Test
    void aLookedAfterChildsRecordGoesAtTheSeventyFifthBirthdayOrFifteenYearsAfterAnEarlyDeath() {
        UUID old = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(75));
        UUID young = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(74));
        UUID diedLongAgo = steps.openCase(
                council.id(),
                "LOOKED_AFTER_CHILD",
                steps.person(council.id(), today.minusYears(26), today.minusYears(16)),
                today.minusYears(20),
                null);
        UUID diedRecently = steps.openCase(
                council.id(),
                "LOOKED_AFTER_CHILD",
                steps.person(council.id(), today.minusYears(24), today.minusYears(14)),
                today.minusYears(20),
                null);
        UUID diedAdult = steps.openCase(
                council.id(),
                "LOOKED_AFTER_CHILD",
                steps.person(council.id(), today.minusYears(50), today.minusYears(20)),
                today.minusYears(40),
                null);
        UUID child = childOf(old);

        sweep.sweep(council.id(), dpo.actor());

        assertThat(steps.caseExists(council.id(), old)).isFalse();
        assertThat(steps.caseExists(council.id(), diedLongAgo)).isFalse();
        assertThat(steps.caseExists(council.id(), young)).isTrue();
        assertThat(steps.caseExists(council.id(), diedRecently)).isTrue();
        assertThat(steps.caseExists(council.id(), diedAdult)).isTrue();
        assertThat(steps.personExists(council.id(), child)).isFalse();
        Boolean erased = transactions.execute(
                s -> tenancy.callAs(council.id(), () -> encryption.isErased(new DataSubjectId(child))));
        assertThat(erased).isTrue();
        assertThat(organisations.auditDetails(council.id(), "person.erased")).hasSize(2);
    }

    @Test
    void pupilRecordsWaitForTheirSpecialEducationalNeedsFile() {
        UUID pupil = steps.caseOfChildBorn(council.id(), "PUPIL", today.minusYears(26));
        UUID withSen = steps.caseOfChildBorn(council.id(), "PUPIL", today.minusYears(26));
        steps.senStatus(council.id(), withSen);
        UUID oldSen = steps.caseOfChildBorn(council.id(), "PUPIL", today.minusYears(32));
        steps.senStatus(council.id(), oldSen);

        sweep.sweep(council.id(), dpo.actor());

        assertThat(steps.caseExists(council.id(), pupil)).isFalse();
        assertThat(steps.caseExists(council.id(), withSen)).isTrue();
        // The SEN file went at 31; the pupil record, past 25 too, goes at the next run.
        assertThat(steps.count(
                        council.id(), "select count(*) from pupil_sen_statuses where case_id = '" + oldSen + "'"))
                .isZero();
        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.caseExists(council.id(), oldSen)).isFalse();
    }

    @Test
    void periodsRunFromClosureLastContactCreationAndDeath() {
        UUID closedLongAgo = steps.openCase(
                council.id(),
                "CHILD_DEATH_REVIEW",
                steps.person(council.id(), today.minusYears(20), null),
                today.minusYears(15),
                today.minusYears(11));
        UUID closedRecently = steps.openCase(
                council.id(),
                "CHILD_DEATH_REVIEW",
                steps.person(council.id(), today.minusYears(20), null),
                today.minusYears(15),
                today.minusYears(9));
        change("CHILD_DEATH_REVIEW_CASE", RetentionSteps.rule(10, "CASE_CLOSURE", null, "DESTROY"));
        UUID contactLongAgo = steps.openCase(
                council.id(),
                "LOOKED_AFTER_CHILD",
                steps.person(council.id(), null, null),
                today.minusYears(40),
                today.minusYears(36));
        UUID contactRecently = steps.openCase(
                council.id(),
                "LOOKED_AFTER_CHILD",
                steps.person(council.id(), null, null),
                today.minusYears(40),
                today.minusYears(30));
        change("LOOKED_AFTER_CHILD_CASE", RetentionSteps.rule(35, "LAST_CONTACT", null, "DESTROY"));
        UUID pupil = steps.caseOfChildBorn(council.id(), "PUPIL", today.minusYears(5));
        change("PUPIL_RECORD", RetentionSteps.rule(1, "CREATION", null, "DESTROY"));

        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.caseExists(council.id(), closedLongAgo)).isFalse();
        assertThat(steps.caseExists(council.id(), closedRecently)).isTrue();
        assertThat(steps.caseExists(council.id(), contactLongAgo)).isFalse();
        assertThat(steps.caseExists(council.id(), contactRecently)).isTrue();
        assertThat(steps.caseExists(council.id(), pupil)).isTrue();

        clock.advance(Duration.ofDays(367));
        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.caseExists(council.id(), pupil)).isFalse();

        UUID died = steps.openCase(
                council.id(),
                "CHILD_DEATH_REVIEW",
                steps.person(council.id(), today.minusYears(30), today.minusYears(21)),
                today.minusYears(21),
                null);
        change("CHILD_DEATH_REVIEW_CASE", RetentionSteps.rule(20, "DATE_OF_DEATH", null, "DESTROY"));
        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.caseExists(council.id(), died)).isFalse();
    }

    @Test
    void theOtherPeopleADestroyedCaseInvolvedGoUnlessAnotherCaseOrAHoldKeepsThem() {
        UUID destroyed = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(80));
        UUID stillOpen = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(10));
        UUID onlyHere = steps.person(council.id(), today.minusYears(100), null);
        UUID alsoElsewhere = steps.person(council.id(), today.minusYears(100), null);
        UUID held = steps.person(council.id(), today.minusYears(100), null);
        participant(destroyed, onlyHere);
        participant(destroyed, alsoElsewhere);
        participant(stillOpen, alsoElsewhere);
        participant(destroyed, held);
        placeHold("PERSON", held);

        sweep.sweep(council.id(), dpo.actor());

        assertThat(steps.caseExists(council.id(), destroyed)).isFalse();
        assertThat(steps.personExists(council.id(), onlyHere)).isFalse();
        assertThat(steps.personExists(council.id(), alsoElsewhere)).isTrue();
        assertThat(steps.personExists(council.id(), held)).isTrue();
        assertThat(organisations.auditDetails(council.id(), "person.erased"))
                .hasSize(2)
                .allMatch(detail -> detail.contains("RETENTION_PERIOD_ENDED"));
    }

    private void participant(UUID caseId, UUID person) {
        steps.in(
                council.id(),
                () -> jdbc.sql("insert into case_participants (organisation_id, case_id, person_id, role, added_at)"
                                + " values (current_organisation(), :case, :person, 'PARENT', now())")
                        .param("case", caseId)
                        .param("person", person)
                        .update());
    }

    @Test
    void heldRecordsStayUntilTheHoldIsLiftedAndPlacingAndLiftingAreAudited() {
        UUID heldCase = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(80));
        UUID heldPersonsCase = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(80));
        String hold = placeHold("CASE", heldCase);
        placeHold("PERSON", childOf(heldPersonsCase));

        UUID run = sweep.sweep(council.id(), dpo.actor());

        assertThat(steps.caseExists(council.id(), heldCase)).isTrue();
        assertThat(steps.caseExists(council.id(), heldPersonsCase)).isTrue();
        assertThat(steps.get(dpo, "/api/v1/retention/runs/" + run))
                .bodyJson()
                .extractingPath("$.run.held")
                .isEqualTo(2);
        assertThat(steps.post(dpo, "/api/v1/retention/holds/" + hold + "/lifting", "{\"reason\":\"\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(steps.post(dpo, "/api/v1/retention/holds/" + hold + "/lifting", "{\"reason\":\"Claim settled\"}"))
                .hasStatusOk();
        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.caseExists(council.id(), heldCase)).isFalse();
        assertThat(steps.caseExists(council.id(), heldPersonsCase)).isTrue();
        assertThat(organisations.auditDetails(council.id(), "retention.hold-placed"))
                .hasSize(2);
        assertThat(organisations.auditDetails(council.id(), "retention.hold-lifted"))
                .hasSize(1);
        assertThat(steps.post(dpo, "/api/v1/retention/holds", "{\"target\":\"CASE\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors")
                .asMap()
                .containsKeys("targetId", "ground", "reason", "reviewOn");
    }

    @Test
    void aPersonDecidesOnRecordsForReview() {
        change("CHILD_DEATH_REVIEW_CASE", RetentionSteps.rule(10, "CASE_CLOSURE", null, "REVIEW"));
        UUID dispose = closedCdr(12);
        UUID keep = closedCdr(12);
        UUID hold = closedCdr(12);

        sweep.sweep(council.id(), dpo.actor());
        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.count(council.id(), "select count(*) from retention_reviews"))
                .isEqualTo(3);

        assertThat(steps.post(
                        dpo, "/api/v1/retention/reviews/" + review(dispose) + "/decision", "{\"choice\":\"DISPOSE\"}"))
                .hasStatusOk();
        assertThat(steps.caseExists(council.id(), dispose)).isFalse();
        assertThat(steps.form(dpo, "/data-protection/retention/reviews/" + review(keep), "choice", "KEEP"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Enter why the record is kept");
        LocalDate until = today.plusYears(1);
        assertThat(steps.form(
                        dpo,
                        "/data-protection/retention/reviews/" + review(keep),
                        "choice",
                        "KEEP",
                        "reason",
                        "Serious case review pending",
                        "keepUntil-day",
                        "" + until.getDayOfMonth(),
                        "keepUntil-month",
                        "" + until.getMonthValue(),
                        "keepUntil-year",
                        "" + until.getYear()))
                .hasStatus3xxRedirection();
        assertThat(steps.post(
                        dpo,
                        "/api/v1/retention/reviews/" + review(hold) + "/decision",
                        "{\"choice\":\"HOLD\",\"ground\":\"INQUIRY\",\"reason\":\"Public inquiry\",\"holdReviewOn\":\""
                                + today.plusMonths(6) + "\"}"))
                .hasStatusOk();

        sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.count(council.id(), "select count(*) from retention_reviews where decision is null"))
                .isZero();
        clock.advance(Duration.ofDays(400));
        sweep.sweep(council.id(), dpo.actor());
        // The keep period is over: the record comes back for a decision; the held one does not.
        assertThat(steps.count(
                        council.id(),
                        "select count(*) from retention_reviews where decision is null" + " and record_id = '" + keep
                                + "'"))
                .isEqualTo(1);
        assertThat(steps.count(
                        council.id(),
                        "select count(*) from retention_reviews where decision is null" + " and record_id = '" + hold
                                + "'"))
                .isZero();
        assertThat(organisations.auditDetails(council.id(), "retention.review-decided"))
                .hasSize(3);
        assertThat(steps.get(dpo, "/data-protection/retention/reviews")).hasStatusOk();
    }

    @Test
    void certificatesAreKeptForTheSchedulesOwnPeriodAndNoLess() {
        assertThat(steps.get(dpo, "/api/v1/retention/schedule"))
                .bodyJson()
                .extractingPath("$.rules[?(@.kind == 'DISPOSAL_CERTIFICATE')].action")
                .asArray()
                .containsExactly("REVIEW");
        change("DISPOSAL_CERTIFICATE", RetentionSteps.rule(1, "CREATION", null, "DESTROY"));
        steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(80));
        UUID first = sweep.sweep(council.id(), dpo.actor());

        clock.advance(Duration.ofDays(300));
        UUID second = sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.get(dpo, "/api/v1/retention/runs/" + first)).hasStatusOk();
        assertThat(steps.count(council.id(), "select count(*) from disposal_log where run_id = '" + first + "'"))
                .isEqualTo(1);

        clock.advance(Duration.ofDays(70));
        UUID third = sweep.sweep(council.id(), dpo.actor());
        assertThat(steps.get(dpo, "/api/v1/retention/runs/" + first)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.count(council.id(), "select count(*) from disposal_log where run_id = '" + first + "'"))
                .isZero();
        assertThat(steps.get(dpo, "/api/v1/retention/runs/" + second)).hasStatusOk();
        assertThat(steps.count(
                        council.id(),
                        "select count(*) from disposal_log where run_id = '" + third + "' and record_id = '" + first
                                + "' and record_kind = 'DISPOSAL_CERTIFICATE'"))
                .isEqualTo(1);
    }

    @Test
    void recordsNoRuleAppliesToAreReportedAndLeftAlone() {
        UUID noBirthDate = steps.openCase(
                council.id(), "LOOKED_AFTER_CHILD", steps.person(council.id(), null, null), today.minusYears(80), null);
        TestOrganisation school = organisations.organisation();
        TestUser schoolDpo = organisations.user(school, Role.DATA_PROTECTION_OFFICER);
        steps.caseOfChildBorn(school.id(), "PUPIL", today.minusYears(40));

        sweep.sweep(council.id(), dpo.actor());

        assertThat(steps.caseExists(council.id(), noBirthDate)).isTrue();
        assertThat(steps.get(dpo, "/api/v1/retention/schedule"))
                .bodyJson()
                .extractingPath("$.unruled[0].kind")
                .isEqualTo("LOOKED_AFTER_CHILD_CASE");
        assertThat(steps.get(schoolDpo, "/api/v1/retention/schedule"))
                .bodyJson()
                .extractingPath("$.unruled[0].why")
                .asString()
                .contains("no rule");
        assertThat(steps.get(schoolDpo, "/data-protection"))
                .hasStatusOk()
                .bodyText()
                .contains("school pupil record records with no applicable rule");
        assertThat(steps.post(schoolDpo, "/api/v1/retention/runs", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCertificateListsWhatWentByIdentifierOnly() {
        UUID gone = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(76));
        UUID run = sweep.sweep(council.id(), dpo.actor());

        org.springframework.test.web.servlet.assertj.MvcTestResult certificate =
                steps.get(dpo, "/api/v1/retention/runs/" + run);
        assertThat(certificate)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.lines[0].kind")
                .isEqualTo("LOOKED_AFTER_CHILD_CASE");
        assertThat(certificate).bodyJson().extractingPath("$.lines[0].count").isEqualTo(1);
        assertThat(certificate).bodyText().contains(gone.toString()).doesNotContain("Quintessence", "Alexandra");
        assertThat(steps.get(dpo, "/data-protection/retention/runs/" + run))
                .hasStatusOk()
                .bodyText()
                .contains("Disposal certificate", gone.toString())
                .doesNotContain("Quintessence");
        assertThat(organisations.auditDetails(council.id(), "retention.disposal-run-completed"))
                .isNotEmpty();
    }

    @Test
    void theNightlyJobRunsUnderShedLockForEveryOrganisationWithASchedule() throws Exception {
        UUID gone = steps.caseOfChildBorn(council.id(), "LOOKED_AFTER_CHILD", today.minusYears(76));
        assertThat(DisposalJob.class
                        .getMethod("scheduled")
                        .getAnnotation(SchedulerLock.class)
                        .name())
                .isEqualTo("retention-disposal");
        assertThat(job.sweepAll()).isGreaterThanOrEqualTo(1);
        assertThat(steps.caseExists(council.id(), gone)).isFalse();
        assertThat(organisations.auditDetails(council.id(), "retention.disposal-run-started"))
                .isNotEmpty();
    }

    @Test
    void thePublishedScheduleIsForAnyoneAndOnlyOnceAdopted() {
        assertThat(mvc.get().uri("/organisations/" + council.code() + "/retention-schedule"))
                .hasStatusOk()
                .bodyText()
                .contains("Our retention schedule", "Looked-after child case record", "75 years");
        TestOrganisation other = organisations.organisation();
        assertThat(mvc.get().uri("/organisations/" + other.code() + "/retention-schedule"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/organisations/NO-SUCH-ORG/retention-schedule"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(dpo, "/data-protection/retention"))
                .hasStatusOk()
                .bodyText()
                .contains("/organisations/" + council.code() + "/retention-schedule");
    }

    @Test
    void anotherOrganisationFindsNothingAndChangesNothing() {
        UUID record = closedCdr(12);
        change("CHILD_DEATH_REVIEW_CASE", RetentionSteps.rule(10, "CASE_CLOSURE", null, "REVIEW"));
        UUID run = sweep.sweep(council.id(), dpo.actor());
        String hold = placeHold("CASE", steps.caseOfChildBorn(council.id(), "PUPIL", today.minusYears(3)));
        UUID review = review(record);
        TestUser other = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);

        for (String uri : new String[] {
            "/api/v1/retention/holds/" + hold,
            "/api/v1/retention/reviews/" + review,
            "/api/v1/retention/runs/" + run,
            "/data-protection/retention/reviews/" + review,
            "/data-protection/retention/runs/" + run
        }) {
            assertThat(steps.get(other, uri)).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(steps.post(other, "/api/v1/retention/holds/" + hold + "/lifting", "{\"reason\":\"x\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.post(other, "/api/v1/retention/reviews/" + review + "/decision", "{\"choice\":\"DISPOSE\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.form(other, "/data-protection/retention/holds/" + hold + "/lifting", "reason", "x"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.form(other, "/data-protection/retention/reviews/" + review, "choice", "DISPOSE"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.caseExists(council.id(), record)).isTrue();
        assertThat(steps.get(other, "/api/v1/retention/holds"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
        assertThat(steps.get(other, "/api/v1/retention/reviews"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void onlyDataProtectionOfficersMayUseRetention() {
        TestUser practitioner = organisations.user(council, Role.PRACTITIONER);
        TestUser administrator = organisations.administrator(council);
        for (TestUser user : new TestUser[] {practitioner, administrator}) {
            for (String uri : new String[] {
                "/data-protection/retention",
                "/data-protection/retention/holds",
                "/data-protection/retention/holds/new",
                "/data-protection/retention/reviews",
                "/data-protection/retention/rules/PUPIL_RECORD",
                "/api/v1/retention/schedule",
                "/api/v1/retention/holds",
                "/api/v1/retention/reviews",
                "/api/v1/retention/runs"
            }) {
                assertThat(steps.get(user, uri)).as(uri).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(steps.post(user, "/api/v1/retention/runs", "{}")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.form(user, "/data-protection/retention/runs")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.put(
                            user,
                            "/api/v1/retention/schedule/rules/PUPIL_RECORD",
                            RetentionSteps.rule(3, "CREATION", null, "DESTROY")))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        for (String uri : new String[] {
            "/data-protection/retention",
            "/data-protection/retention/holds",
            "/data-protection/retention/holds/new",
            "/data-protection/retention/reviews",
            "/data-protection/retention/rules/PUPIL_RECORD"
        }) {
            assertThat(steps.get(dpo, uri)).as(uri).hasStatusOk();
        }
    }

    @Test
    void withoutTheDevelopmentClockThereIsNoClockToMove() {
        TestUser administrator = organisations.administrator(council);
        for (TestUser user : new TestUser[] {dpo, administrator}) {
            assertThat(steps.get(user, "/data-protection/retention/clock")).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(steps.form(user, "/data-protection/retention/clock", "years", "10", "days", "0"))
                    .hasStatus(HttpStatus.NOT_FOUND);
            assertThat(steps.form(user, "/data-protection/retention/clock/reset"))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(steps.get(organisations.user(council, Role.PRACTITIONER), "/data-protection/retention/clock"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(steps.get(dpo, "/data-protection/retention"))
                .bodyText()
                .doesNotContain("Move the clock")
                .doesNotContain("Development clock moved forward");
        assertThat(organisations.auditDetails(council.id(), "platform.clock-moved"))
                .isEmpty();
    }

    @Test
    void aRuleCannotBeChangedBeforeAdoption() {
        TestOrganisation other = organisations.organisation();
        TestUser otherDpo = organisations.user(other, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.put(
                        otherDpo,
                        "/api/v1/retention/schedule/rules/PUPIL_RECORD",
                        RetentionSteps.rule(3, "CREATION", null, "DESTROY")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThatThrownBy(() ->
                        RetentionSchedule.check(RecordKind.PUPIL_RECORD, new RuleChange(null, null, null, null, null)))
                .isInstanceOf(InvalidInput.class);
    }

    private UUID closedCdr(int yearsAgo) {
        return steps.openCase(
                council.id(),
                "CHILD_DEATH_REVIEW",
                steps.person(council.id(), today.minusYears(30), null),
                today.minusYears(yearsAgo + 2),
                today.minusYears(yearsAgo));
    }

    private UUID review(UUID record) {
        return transactions.execute(s -> tenancy.callAs(
                council.id(),
                () -> jdbc.sql("select id from retention_reviews where record_id = :r and decision is null")
                        .param("r", record)
                        .query(UUID.class)
                        .single()));
    }

    private UUID childOf(UUID caseId) {
        return transactions.execute(s -> tenancy.callAs(
                council.id(),
                () -> jdbc.sql("select child_id from cases where id = :id")
                        .param("id", caseId)
                        .query(UUID.class)
                        .single()));
    }

    private void change(String kind, String rule) {
        assertThat(steps.put(dpo, "/api/v1/retention/schedule/rules/" + kind, rule))
                .hasStatusOk();
    }

    private String placeHold(String target, UUID id) {
        org.springframework.test.web.servlet.assertj.MvcTestResult result = steps.post(
                dpo,
                "/api/v1/retention/holds",
                "{\"target\":\"" + target + "\",\"targetId\":\"" + id
                        + "\",\"ground\":\"LITIGATION\",\"reason\":\"Claim against the council\",\"reviewOn\":\""
                        + today.plusMonths(3) + "\"}");
        assertThat(result).hasStatus(HttpStatus.CREATED);
        try {
            return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
