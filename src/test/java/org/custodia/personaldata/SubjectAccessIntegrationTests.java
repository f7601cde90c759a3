package org.custodia.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A subject file holds what every module keeps about the person, free text decrypted, with who has
 * seen their record and the supplementary information; records naming other people are flagged.
 */
@CustodiaTest
class SubjectAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    SubjectAccess access;

    @Autowired
    org.custodia.retention.RetentionSchedule schedule;

    SubjectAccessSteps steps;
    TestOrganisation council;
    TestUser dpo;
    TestUser practitioner;
    String jayden;
    String kerry;
    String rose;
    String lac;

    @BeforeEach
    void aChildInCareWithAParent() {
        steps = new SubjectAccessSteps(mvc);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        SubjectAccessSteps.as(dpo, () -> {
            schedule.adoptReadyMade();
            return null;
        });
        jayden = steps.person(practitioner, "Jayden", "Smith", "2014-03-12");
        kerry = steps.person(practitioner, "Kerry", "Smith", "1990-01-02");
        rose = steps.person(practitioner, "Rose", "Example", "2015-06-01");
        lac = steps.lookedAfterCase(practitioner, jayden);
        steps.lookedAfterCase(practitioner, rose);
        steps.send("POST", practitioner, "/api/v1/cases/" + lac + "/participants", """
                {"personId":"%s","role":"Mother"}""".formatted(kerry));
        steps.send("POST", practitioner, "/api/v1/people/" + kerry + "/relationships", """
                {"kind":"PARENT","relatedPersonId":"%s"}""".formatted(jayden));
        steps.send("PUT", practitioner, "/api/v1/people/" + jayden + "/sensitive/RELIGION_OR_BELIEF", """
                {"value":"Buddhist"}""");
        steps.note(practitioner, lac, "Kerry missed contact again; Jayden was upset.");
        steps.note(practitioner, lac, "Settled at school this term.");
        steps.send("POST", practitioner, "/api/v1/cases/" + lac + "/visits", """
                {"visitedOn":"%s","visitor":"Pat Practitioner","location":"Foster home",
                 "seenAlone":true,"summary":"Talked about football."}""".formatted(today()));
        steps.note(practitioner, steps.lookedAfterCase(practitioner, rose), "Rose's own note, not Jayden's.");
    }

    @Test
    void theChildsFileHoldsEveryModulesRecordsDecryptedAndTheSupplementaryInformation() {
        SubjectFile file = SubjectAccessSteps.assemble(access, dpo, List.of(jayden));

        assertThat(values(file, "Personal details", "First name")).containsExactly("Jayden");
        assertThat(values(file, "Special-category information", "Value")).containsExactly("Buddhist");
        assertThat(values(file, "Case notes", "Note"))
                .containsExactlyInAnyOrder(
                        "Kerry missed contact again; Jayden was upset.", "Settled at school this term.");
        assertThat(values(file, "Statutory visits", "Summary")).containsExactly("Talked about football.");
        assertThat(values(file, "Relationships", "Relationship"))
                .containsExactly("Kerry Smith is the parent of Jayden Smith");
        assertThat(file.records()).extracting(r -> r.fields().toString()).noneMatch(f -> f.contains("Rose's own note"));
        assertThat(values(file, "Who has seen or changed your record", "Action"))
                .as("the audit trail: who has seen the record")
                .contains("person.registered");
        assertThat(values(file, "Who has seen or changed your record", "Who"))
                .anyMatch(who -> who.contains(practitioner.email()));
        assertThat(file.supplementary())
                .extracting(InformationSection::heading)
                .contains(
                        "Why we hold your information",
                        "Our lawful bases and conditions",
                        "How long your information is kept",
                        "Your right to complain");
        assertThat(points(file, "Your right to complain")).anyMatch(p -> p.contains("0303 123 1113"));
        assertThat(points(file, "How long your information is kept"))
                .anyMatch(p -> p.startsWith("Looked-after child case record: 75 years"));
        assertThat(points(file, "Our lawful bases and conditions")).anyMatch(p -> p.contains("Art 9(2)"));
    }

    @Test
    void recordsThatNameOtherPeopleAreFlaggedForReview() {
        SubjectFile file = SubjectAccessSteps.assemble(access, dpo, List.of(jayden));

        assertThat(file.flaggedForReview())
                .extracting(r -> r.fields().getOrDefault("Note", r.fields().get("Relationship")))
                .containsExactlyInAnyOrder(
                        "Kerry missed contact again; Jayden was upset.", "Kerry Smith is the parent of Jayden Smith");
        assertThat(file.flaggedForReview().get(0).otherPeople()).containsExactly("Kerry Smith");
    }

    @Test
    void aParentsFileHoldsTheCaseTheyAreInWithItsRecordsFlagged() {
        SubjectFile file = SubjectAccessSteps.assemble(access, dpo, List.of(kerry));

        assertThat(values(file, "Cases", "Part in the case")).containsExactly("Mother");
        assertThat(values(file, "Case notes", "Note")).hasSize(2);
        assertThat(file.recordsIn("Case notes")).allMatch(r -> r.otherPeople().contains("Jayden Smith"));
    }

    @Test
    void assemblingIsAuditedAgainstThePerson() {
        SubjectAccessSteps.assemble(access, dpo, List.of(jayden, kerry));

        assertThat(organisations.auditDetails(council.id(), "subject-access.assembled"))
                .hasSize(2)
                .allMatch(d -> d.startsWith("SUCCESS:records: "));
    }

    @Test
    void onlyTheDpoAssemblesAFile() {
        assertThatThrownBy(() -> SubjectAccessSteps.assemble(access, practitioner, List.of(jayden)))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestUser administrator = organisations.administrator(council);
        assertThatThrownBy(() -> SubjectAccessSteps.assemble(access, administrator, List.of(jayden)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anotherOrganisationsDpoFindsNothingAboutThePerson() {
        TestUser otherDpo = organisations.user(organisations.organisation(), Role.DATA_PROTECTION_OFFICER);

        SubjectFile file = SubjectAccessSteps.assemble(access, otherDpo, List.of(jayden));

        assertThat(file.size()).isZero();
    }

    private static List<String> values(SubjectFile file, String category, String field) {
        return file.recordsIn(category).stream()
                .map(HeldRecord::fields)
                .map((Map<String, String> f) -> f.get(field))
                .filter(v -> v != null)
                .toList();
    }

    private static List<String> points(SubjectFile file, String heading) {
        return file.supplementary().stream()
                .filter(s -> s.heading().equals(heading))
                .flatMap(s -> s.points().stream())
                .toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
