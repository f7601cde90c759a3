package org.custodia.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Transfers outside the UK: adequacy (full and partial), safeguards from 21 March 2022, TRAs, refusals. */
@CustodiaTest
class TransfersIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Clock clock;

    SharingApi api;
    TestOrganisation council;
    TestUser dpo;
    String desk;

    @BeforeEach
    void aProcessorAbroad() {
        api = new SharingApi(mvc, clock);
        council = organisations.organisation();
        dpo = organisations.user(council, Role.DATA_PROTECTION_OFFICER);
        desk = api.processor(dpo, "Service desk software", "US");
    }

    private MvcTestResult transfer(String country, String extra) {
        return api.post(dpo, "/api/v1/transfers", """
                {"recipient":"%s","country":"%s","dataTransferred":"Support tickets: names, work emails"%s}""".formatted(desk, country, extra));
    }

    @Test
    void aCountryWithAdequacyNeedsNoSafeguardAndTheAdequacyIsKept() {
        MvcTestResult france = transfer("FR", "");
        assertThat(france).hasStatus(HttpStatus.CREATED);
        assertThat(france).bodyJson().extractingPath("$.adequate").isEqualTo(true);
        assertThat(france)
                .bodyJson()
                .extractingPath("$.adequacySource")
                .asString()
                .contains("EEA");
        assertThat(transfer("KR", "")).bodyJson().extractingPath("$.adequate").isEqualTo(true);
        assertThat(transfer("GG", "")).bodyJson().extractingPath("$.adequate").isEqualTo(true);
    }

    @Test
    void partialAdequacyCountsOnlyWhenTheRecorderConfirmsTheRecipientIsCovered() {
        MvcTestResult unconfirmed = transfer("US", "");
        assertThat(unconfirmed).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed)
                .bodyJson()
                .extractingPath("$.errors.safeguard")
                .asString()
                .contains("only partial UK adequacy")
                .contains("Data Privacy Framework");

        MvcTestResult confirmed = transfer("US", ",\"partialCoverageConfirmed\":true");
        assertThat(confirmed).hasStatus(HttpStatus.CREATED);
        assertThat(confirmed).bodyJson().extractingPath("$.adequate").isEqualTo(true);
        assertThat(confirmed)
                .bodyJson()
                .extractingPath("$.partialCoverageConfirmed")
                .isEqualTo(true);
        assertThat(transfer("JP", ",\"partialCoverageConfirmed\":true"))
                .bodyJson()
                .extractingPath("$.adequate")
                .isEqualTo(true);
    }

    @Test
    void aCountryWithoutAdequacyOrSafeguardIsRefusedAndTheRefusalAudited() {
        MvcTestResult refused = transfer("IN", "");
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors.safeguard")
                .asString()
                .startsWith("India has no UK adequacy regulations");
        assertThat(organisations.auditDetails(council.id(), "transfer.refused"))
                .containsExactly("DENIED:IN: no adequacy and no safeguard");
        assertThat(api.get(dpo, "/api/v1/transfers"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void theIdtaAndTheAddendumExistOnlyFrom21March2022AndNeedARiskAssessment() {
        MvcTestResult tooEarly = transfer("IN", """
                ,"safeguard":"IDTA","safeguardSignedOn":"2022-03-20","riskAssessedOn":"2022-03-20",
                 "riskAssessmentConclusion":"Risk low" """);
        assertThat(tooEarly).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(tooEarly)
                .bodyJson()
                .extractingPath("$.errors.safeguardSignedOn")
                .asString()
                .contains("only from 21 March 2022");

        MvcTestResult noAssessment = transfer("IN", """
                ,"safeguard":"EU_SCCS_WITH_UK_ADDENDUM","safeguardSignedOn":"2022-03-21" """);
        assertThat(noAssessment).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(noAssessment)
                .bodyJson()
                .extractingPath("$.errors.riskAssessedOn")
                .isNotNull();
        assertThat(noAssessment)
                .bodyJson()
                .extractingPath("$.errors.riskAssessmentConclusion")
                .isNotNull();

        MvcTestResult safeguarded = transfer("IN", """
                ,"safeguard":"EU_SCCS_WITH_UK_ADDENDUM","safeguardSignedOn":"2022-03-21","riskAssessedOn":"2022-04-01",
                 "riskAssessmentConclusion":"Local law gives equivalent protection for this data" """);
        assertThat(safeguarded).hasStatus(HttpStatus.CREATED);
        assertThat(safeguarded).bodyJson().extractingPath("$.adequate").isEqualTo(false);
        assertThat(organisations.auditDetails(council.id(), "transfer.recorded"))
                .containsExactly("SUCCESS:IN: EU_SCCS_WITH_UK_ADDENDUM");
    }

    @Test
    void anArt49ExceptionNeedsItsJustification() {
        MvcTestResult bare = transfer("IN", ",\"safeguard\":\"ART_49_EXCEPTION\"");
        assertThat(bare).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(bare).bodyJson().extractingPath("$.errors.exception").isNotNull();
        assertThat(bare)
                .bodyJson()
                .extractingPath("$.errors.exceptionJustification")
                .isNotNull();
        assertThat(transfer("IN", """
                        ,"safeguard":"ART_49_EXCEPTION","exception":"VITAL_INTERESTS",
                         "exceptionJustification":"A child in hospital abroad" """)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void theUkIsNotADestinationAndAnUnknownCodeIsRefused() {
        assertThat(transfer("GB", ""))
                .bodyJson()
                .extractingPath("$.errors.country")
                .isNotNull();
        assertThat(transfer("XX", ""))
                .bodyJson()
                .extractingPath("$.errors.country")
                .isNotNull();
    }

    @Test
    void theAdequacyListHoldsTheRegulationsCountries() {
        MvcTestResult list = api.get(dpo, "/api/v1/transfers/adequacy");
        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyJson()
                .extractingPath("$[*].country.code")
                .asArray()
                .contains(
                        "DE", "IS", "LI", "NO", "GI", "AD", "AR", "CA", "FO", "GG", "IM", "IL", "JP", "JE", "NZ", "CH",
                        "UY", "KR", "US")
                .hasSize(30 + 1 + 14);
    }
}
