package org.custodia.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The organisation's notice: adopted, edited, published in versions that carry the registers' facts. */
@CustodiaTest
class PrivacyNoticeIntegrationTests {

    private static final String EDITOR = "/data-protection/privacy-notice";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    NoticeSteps steps;
    TestOrganisation council;
    TestUser dpo;

    @BeforeEach
    void aCouncilWithADataProtectionOfficer() {
        steps = new NoticeSteps(mvc);
        council = organisations.organisationWithoutRecordOfProcessing();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
    }

    @Test
    void theReadyMadeNoticeIsAdoptedEditedAndPublishedForAnyoneToRead() {
        String notice = "/organisations/" + council.code() + "/privacy-notice";
        assertThat(steps.get(null, notice))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("has not published");
        assertThat(steps.get(dpo.authentication(), EDITOR))
                .hasStatusOk()
                .bodyText()
                .contains("Adopt the ready-made notice");

        assertThat(steps.form(dpo.authentication(), EDITOR + "/adoption")).hasStatus3xxRedirection();
        assertThat(steps.get(dpo.authentication(), EDITOR))
                .hasStatusOk()
                .bodyText()
                .contains("Not yet: no one can read it", "Why we use personal information");
        assertThat(steps.form(
                        dpo.authentication(),
                        EDITOR + "/sections/who-we-are",
                        "english",
                        "Contact our DPO at privacy@northshire.example.\n\nWe are the controller.",
                        "welsh",
                        ""))
                .hasStatus3xxRedirection();
        assertThat(steps.form(dpo.authentication(), EDITOR + "/publication")).hasStatus3xxRedirection();

        assertThat(steps.get(null, notice))
                .hasStatusOk()
                .bodyText()
                .contains("privacy@northshire.example", "Version 1", "Last updated", "Test council " + council.code())
                .contains("Make a request about your personal information", "Information Commissioner");
        assertThat(steps.get(null, notice))
                .bodyText()
                .contains("/organisations/" + council.code() + "/rights-requests/new");
        assertThat(steps.get(null, notice + "/versions"))
                .hasStatusOk()
                .bodyText()
                .contains("Read version 1");
        assertThat(steps.get(null, notice + "/versions/1/changes"))
                .hasStatusOk()
                .bodyText()
                .contains("This is the first version");
        assertThat(steps.get(null, notice + "/versions/1.json"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.number")
                .isEqualTo(1);
        assertThat(steps.get(null, "/api/v1/organisations/" + council.code() + "/privacy-notice"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.content.sections[0].english")
                .asString()
                .contains("privacy@northshire.example");
        assertThat(steps.get(null, "/api/v1/organisations/" + council.code() + "/privacy-notice/versions"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.adopted"))
                .singleElement()
                .asString()
                .contains("LOCAL_AUTHORITY");
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.section-edited"))
                .singleElement()
                .asString()
                .contains("WHO_WE_ARE");
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.published"))
                .singleElement()
                .asString()
                .contains("version 1");
    }

    @Test
    void theNoticeShowsANewLawfulBasisOnlyOnceANewVersionIsPublished() {
        adoptAndPublish();
        String notice = "/organisations/" + council.code() + "/privacy-notice";
        assertThat(steps.get(null, notice)).bodyText().contains("lists no processing in use yet");

        steps.liveActivity(dpo.authentication(), "Children in our care", "PUBLIC_TASK", "Children Act 1989 s22");

        assertThat(steps.get(null, notice)).bodyText().doesNotContain("Children in our care");
        assertThat(steps.get(dpo.authentication(), EDITOR))
                .bodyText()
                .contains("The registers have changed since version 1 was published")
                .contains("The legal reasons we have to use it");
        assertThat(steps.form(dpo.authentication(), EDITOR + "/publication")).hasStatus3xxRedirection();

        assertThat(steps.get(null, notice))
                .bodyText()
                .contains("Version 2", "Children in our care", "Public task (Art 6(1)(e))", "Children Act 1989 s22")
                .contains("Substantial public interest: safeguarding");
        assertThat(steps.get(null, notice + "/versions/1")).bodyText().doesNotContain("Children in our care");
        assertThat(steps.get(null, notice + "/versions/2/changes"))
                .bodyText()
                .contains("Added", "Children in our care: Public task (Art 6(1)(e)), Children Act 1989 s22")
                .doesNotContain("How to complain");
        assertThat(steps.get(dpo.authentication(), EDITOR)).bodyText().doesNotContain("The registers have changed");
    }

    @Test
    void aVersionIsPublishedOnlyWhenSomethingChangedAndSectionsMustBeWritten() {
        adoptAndPublish();
        assertThat(steps.form(dpo.authentication(), EDITOR + "/publication"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Nothing has changed since version 1 was published");
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.publish")
                .asString()
                .contains("Nothing has changed");
        assertThat(steps.form(dpo.authentication(), EDITOR + "/sections/security", "english", "  "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem", "Enter the text of this section in English");
        assertThat(steps.json(
                        dpo.authentication(),
                        "PUT",
                        "/api/v1/privacy-notice/draft/sections/security",
                        "{\"english\":\"" + "x".repeat(10_001) + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.english")
                .asString()
                .contains("10000 characters or fewer");
        assertThat(steps.get(dpo.authentication(), EDITOR + "/sections/no-such-section"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/draft/adoption", ""))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aNoticeIsPublishedInWelshOnceEverySectionHasWelsh() {
        adoptAndPublish();
        String notice = "/organisations/" + council.code() + "/privacy-notice";
        assertThat(steps.get(null, notice + "?lang=cy"))
                .bodyText()
                .contains("lang=\"cy\"", "Hysbysiad preifatrwydd")
                .contains("Nid yw’r hysbysiad hwn wedi’i gyhoeddi yn Gymraeg eto");
        for (NoticeSection section : NoticeSection.of(Notice.ORGANISATION)) {
            assertThat(steps.json(
                            dpo.authentication(),
                            "PUT",
                            "/api/v1/privacy-notice/draft/sections/" + section.slug(),
                            "{\"english\":\"English text of " + section.slug() + "\",\"welsh\":\"Testun Cymraeg "
                                    + section.slug() + "\"}"))
                    .hasStatusOk();
        }
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.number")
                .isEqualTo(2);
        assertThat(steps.get(null, notice + "?lang=cy"))
                .bodyText()
                .contains("Testun Cymraeg who-we-are", "Pwy ydym ni", "Diweddarwyd ddiwethaf")
                .doesNotContain("English text of who-we-are", "Nid yw’r hysbysiad hwn wedi’i gyhoeddi");
        assertThat(steps.get(null, notice)).bodyText().contains("English text of who-we-are", "lang=\"en\"");
    }

    @Test
    void onlyTheDataProtectionOfficerEditsAndEachOrganisationSeesOnlyItsOwnNotice() {
        adoptAndPublish();
        TestOrganisation other = organisations.organisationWithoutRecordOfProcessing();
        TestUser otherDpo = organisations.user(other, Role.DATA_PROTECTION_OFFICER);
        assertThat(steps.get(otherDpo.authentication(), "/api/v1/privacy-notice/draft"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(otherDpo.authentication(), EDITOR + "/sections/security"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.json(
                        otherDpo.authentication(),
                        "PUT",
                        "/api/v1/privacy-notice/draft/sections/security",
                        "{\"english\":\"Theirs\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.json(otherDpo.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/organisations/" + other.code() + "/privacy-notice"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/api/v1/organisations/" + other.code() + "/privacy-notice"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/organisations/NO-SUCH-ORG/privacy-notice")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/organisations/PLATFORM/privacy-notice")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/organisations/" + council.code() + "/privacy-notice/versions/9"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(steps.get(null, "/organisations/" + council.code() + "/privacy-notice/versions/x"))
                .hasStatus(HttpStatus.NOT_FOUND);

        for (Role role : new Role[] {Role.PRACTITIONER, Role.ORGANISATION_ADMINISTRATOR}) {
            TestUser user = organisations.user(council, role);
            for (String uri : new String[] {EDITOR, EDITOR + "/sections/security", "/api/v1/privacy-notice/draft"}) {
                assertThat(steps.get(user.authentication(), uri))
                        .as(role + " " + uri)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(steps.form(user.authentication(), EDITOR + "/publication"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.form(user.authentication(), EDITOR + "/sections/security", "english", "x"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(steps.json(user.authentication(), "POST", "/api/v1/privacy-notice/versions", ""))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(steps.get(null, EDITOR)).hasStatus3xxRedirection();
        assertThat(steps.get(null, "/api/v1/privacy-notice/draft")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(organisations.auditDetails(council.id(), "privacy-notice.published"))
                .hasSize(1);
    }

    private void adoptAndPublish() {
        assertThat(steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/draft/adoption", ""))
                .hasStatus(HttpStatus.CREATED);
        var published = steps.json(dpo.authentication(), "POST", "/api/v1/privacy-notice/versions", "");
        assertThat(published).hasStatus(HttpStatus.CREATED);
        assertThat((Integer) JsonPath.read(NoticeSteps.body(published), "$.number"))
                .isEqualTo(1);
    }
}
