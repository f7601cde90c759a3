package org.custodia.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.custodia.encryption.FieldEncryption;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.Role;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestGrants;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestOrganisations.TestOrganisation;
import org.custodia.testing.TestOrganisations.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/** Special-category values and free text at rest: encrypted, bound to their place, shreddable. */
@CustodiaTest
class CaseworkEncryptionIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    TestGrants grants;

    @Autowired
    TestDatabase database;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    CaseworkApi api;
    TestOrganisation council;
    TestUser practitioner;
    String jayden;
    String oliver;

    @BeforeEach
    void twoChildrenWithSensitiveData() {
        api = new CaseworkApi(mvc);
        council = organisations.organisation();
        practitioner = organisations.user(council, Role.PRACTITIONER);
        grants.grant(organisations.administrator(council), practitioner);
        jayden = api.child(practitioner, "Jayden", "Smith", "2014-03-12");
        oliver = api.child(practitioner, "Oliver", "Chen", "2015-09-20");
        // Special-category data is recorded for the purposes of a case (the record of processing's Art 9 rule).
        api.openCase(practitioner, "LOOKED_AFTER_CHILD", jayden);
        api.openCase(practitioner, "PUPIL", oliver);
        api.put(practitioner, "/api/v1/people/" + jayden + "/sensitive/RELIGION_OR_BELIEF", "{\"value\":\"Buddhist\"}");
        api.put(practitioner, "/api/v1/people/" + oliver + "/sensitive/RELIGION_OR_BELIEF", "{\"value\":\"Catholic\"}");
    }

    @Test
    void valuesAreStoredEncryptedNeverInPlainText() throws Exception {
        try (Connection owner = database.owner();
                var rows = owner.createStatement().executeQuery("select ciphertext from person_sensitive_data")) {
            while (rows.next()) {
                assertThat(new String(rows.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("Buddhist", "Catholic");
            }
        }
    }

    @Test
    void aValueCopiedToAnotherPersonIsNeverShownAsTheirs() throws Exception {
        try (Connection owner = database.owner();
                PreparedStatement copy = owner.prepareStatement("update person_sensitive_data set ciphertext ="
                        + " (select ciphertext from person_sensitive_data where person_id = ? and category = 'RELIGION_OR_BELIEF')"
                        + " where person_id = ? and category = 'RELIGION_OR_BELIEF'")) {
            copy.setObject(1, UUID.fromString(jayden));
            copy.setObject(2, UUID.fromString(oliver));
            copy.executeUpdate();
        }

        assertThat(api.get(practitioner, "/api/v1/people/" + oliver))
                .hasStatusOk()
                .bodyText()
                .contains("\"category\":\"RELIGION_OR_BELIEF\",\"state\":\"UNREADABLE\"")
                .doesNotContain("Buddhist");
    }

    @Test
    void destroyingAPersonsKeyLeavesTheirValuesUnreadableAndOthersIntact() {
        transactions.executeWithoutResult(status -> tenancy.runAs(
                council.id(), () -> encryption.destroySubjectKey(new DataSubjectId(UUID.fromString(jayden)))));

        assertThat(api.get(practitioner, "/api/v1/people/" + jayden))
                .bodyText()
                .contains("\"category\":\"RELIGION_OR_BELIEF\",\"state\":\"ERASED\"")
                .doesNotContain("Buddhist");
        assertThat(api.get(practitioner, "/api/v1/people/" + oliver)).bodyText().contains("Catholic");
    }
}
