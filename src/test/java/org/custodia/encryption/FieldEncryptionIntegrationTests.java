package org.custodia.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.platform.Tenancy;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A value decrypts only where it was written: same organisation, subject, table, field and row. */
@CustodiaTest
class FieldEncryptionIntegrationTests {

    static final String DIAGNOSIS = "Type 1 diabetes; insulin at school";

    @Autowired
    FieldEncryption fields;

    @Autowired
    Tenancy tenancy;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganisations organisations;

    OrganisationId organisation;
    DataSubjectId child;
    FieldRef place;

    @BeforeEach
    void aChildsHealthNote() {
        organisation = organisations.organisation().id();
        child = DataSubjectId.random();
        place = FieldRef.of("health_notes", "body", UUID.randomUUID());
    }

    <T> T in(OrganisationId organisation, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(organisation, work));
    }

    byte[] encrypted() {
        return in(organisation, () -> fields.encrypt(child, place, DIAGNOSIS));
    }

    @Test
    void aValueDecryptsInItsPlaceInALaterTransaction() {
        byte[] ciphertext = encrypted();

        assertThat(in(organisation, () -> fields.decrypt(child, place, ciphertext)))
                .isEqualTo(DIAGNOSIS);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("diabetes");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(encrypted()).isNotEqualTo(encrypted());
    }

    @Test
    void emptyAndNonAsciiTextRoundTrip() {
        for (String text : new String[] {"", "Siân O’Brien – 🙂"}) {
            byte[] ciphertext = in(organisation, () -> fields.encrypt(child, place, text));
            assertThat(in(organisation, () -> fields.decrypt(child, place, ciphertext)))
                    .isEqualTo(text);
        }
    }

    @Test
    void aValueCopiedToAnotherRowDoesNotDecrypt() {
        byte[] ciphertext = encrypted();
        FieldRef otherRow = FieldRef.of(place.table(), place.field(), UUID.randomUUID());

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, otherRow, ciphertext)))
                .isInstanceOf(UnreadableValue.class)
                .hasMessageContaining(otherRow.toString());
    }

    @Test
    void aValueCopiedToAnotherFieldOrTableDoesNotDecrypt() {
        byte[] ciphertext = encrypted();

        assertThatThrownBy(() -> in(
                        organisation,
                        () -> fields.decrypt(child, new FieldRef(place.table(), "summary", place.rowId()), ciphertext)))
                .isInstanceOf(UnreadableValue.class);
        assertThatThrownBy(() -> in(
                        organisation,
                        () -> fields.decrypt(
                                child, new FieldRef("visit_notes", place.field(), place.rowId()), ciphertext)))
                .isInstanceOf(UnreadableValue.class);
    }

    @Test
    void aValueCopiedToAnotherSubjectDoesNotDecrypt() {
        byte[] ciphertext = encrypted();
        DataSubjectId sibling = DataSubjectId.random();
        in(organisation, () -> fields.encrypt(sibling, place, "the sibling has a key too"));

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(sibling, place, ciphertext)))
                .isInstanceOf(UnreadableValue.class);
        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(DataSubjectId.random(), place, ciphertext)))
                .as("a subject with no key at all")
                .isInstanceOf(UnreadableValue.class);
    }

    @Test
    void aValueCopiedToAnotherOrganisationDoesNotDecryptEvenForTheSameSubjectId() {
        byte[] ciphertext = encrypted();
        OrganisationId other = organisations.organisation().id();

        assertThatThrownBy(() -> in(other, () -> fields.decrypt(child, place, ciphertext)))
                .as("the other organisation has no key for this subject")
                .isInstanceOf(UnreadableValue.class);

        in(other, () -> fields.encrypt(child, place, "the other organisation's own record"));
        assertThatThrownBy(() -> in(other, () -> fields.decrypt(child, place, ciphertext)))
                .as("the other organisation's key for the same subject id")
                .isInstanceOf(UnreadableValue.class);
    }

    @Test
    void anAlteredValueDoesNotDecrypt() {
        byte[] ciphertext = encrypted();
        byte[] altered = ciphertext.clone();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, place, altered)))
                .isInstanceOf(UnreadableValue.class);
        assertThatThrownBy(() -> in(organisation, () -> fields.decrypt(child, place, Arrays.copyOf(ciphertext, 10))))
                .isInstanceOf(UnreadableValue.class);
    }

    @Test
    void anUnreadableValueDoesNotRollBackTheCallersTransaction() {
        byte[] ciphertext = encrypted();
        FieldRef otherRow = FieldRef.of(place.table(), place.field(), UUID.randomUUID());

        String outcome = in(organisation, () -> {
            try {
                return fields.decrypt(child, otherRow, ciphertext);
            } catch (UnreadableValue e) {
                return fields.decrypt(child, place, ciphertext);
            }
        });
        assertThat(outcome).isEqualTo(DIAGNOSIS);
    }

    @Test
    void encryptionNeedsAnOrganisation() {
        assertThatThrownBy(() -> in(null, () -> fields.encrypt(child, place, DIAGNOSIS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only for an organisation");
    }
}
