package org.custodia.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodia.testing.Actors.aDataProtectionOfficer;
import static org.custodia.testing.Actors.aPractitioner;
import static org.custodia.testing.Actors.anAdministrator;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.security.GeneralSecurityException;
import java.util.List;
import org.custodia.audit.AuditEntry;
import org.custodia.audit.AuditEntryProof;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditSeals;
import org.custodia.audit.Outcome;
import org.custodia.shared.OrganisationId;
import org.custodia.testing.CustodiaTest;
import org.custodia.testing.TestDatabase;
import org.custodia.testing.TestOrganisations;
import org.custodia.testing.TestTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** "Show that this read was logged": a proof a DPO can check without Custodia's database. */
@CustodiaTest
class AuditProofApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestDatabase database;

    @Autowired
    TestTrail trail;

    @Autowired
    AuditSeals seals;

    OrganisationId council;
    long read;

    @BeforeEach
    void aReadInTheMiddleOfABatch() {
        council = TestOrganisations.create(database);
        for (String record : List.of("note-1", "note-2", "note-3", "note-4", "note-5")) {
            trail.write(
                    council,
                    AuditRecord.of("record.viewed", Outcome.SUCCESS)
                            .about("note", record)
                            .forPurpose("casework ✓")
                            .withDetail("fields shown: ethnicity|religion")
                            .by(aPractitioner().of(council).actor()));
        }
        trail.chain(council);
        read = trail.idsWritten(council).get(2);
    }

    @Test
    void aDpoGetsAProofThatChecksOutWithNothingButTheProofAndThePublicKey() {
        var result = mvc.get()
                .uri("/api/v1/audit/entries/{id}/proof", read)
                .with(aDataProtectionOfficer().of(council).onRequest())
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        AuditEntryProof proof =
                assertThat(result).bodyJson().convertTo(AuditEntryProof.class).actual();
        assertThat(proof.entry().objectId()).isEqualTo("note-3");
        assertThat(proof.leafIndex()).isEqualTo(2);
        assertThat(proof.treeSize()).isEqualTo(5);
        assertThat(proof.auditPath()).hasSize(3);
        assertThat(proof.problems(seals.publicKeyset())).isEmpty();
    }

    @Test
    void aProofAlteredInAnyPartFailsTheCheck() {
        AuditEntryProof proof = proofOf(read);
        AuditEntry entry = proof.entry();
        AuditEntry otherNote = new AuditEntry(
                entry.id(),
                entry.sequence(),
                entry.occurredAt(),
                entry.actorType(),
                entry.actorId(),
                entry.action(),
                entry.objectType(),
                "note-4",
                entry.subjectId(),
                entry.purpose(),
                entry.outcome(),
                entry.detail(),
                entry.requestId());
        AuditEntryProof altered = new AuditEntryProof(
                otherNote,
                proof.organisationId(),
                proof.clientReference(),
                proof.canonicalForm(),
                proof.previousHash(),
                proof.entryHash(),
                proof.leafIndex(),
                proof.treeSize(),
                proof.auditPath(),
                proof.batch(),
                proof.publicKeyset(),
                proof.howToCheck());
        AuditEntryProof movedLeaf = new AuditEntryProof(
                entry,
                proof.organisationId(),
                proof.clientReference(),
                proof.canonicalForm(),
                proof.previousHash(),
                proof.entryHash(),
                proof.leafIndex() + 1,
                proof.treeSize(),
                proof.auditPath(),
                proof.batch(),
                proof.publicKeyset(),
                proof.howToCheck());

        assertThat(altered.problems(seals.publicKeyset()))
                .contains("the canonical form is not that of the entry's fields");
        assertThat(movedLeaf.problems(seals.publicKeyset()))
                .contains("the audit path does not lead from the entry to the batch root");
        assertThat(proof.problems(otherKeyset()))
                .containsExactly("the batch's signature is not valid under the trusted key");
    }

    @Test
    void anEntryNotYetSealedHasNoProofYet() {
        trail.write(
                council,
                AuditRecord.of("record.viewed", Outcome.SUCCESS)
                        .by(aPractitioner().of(council).actor()));
        long pending = trail.idsWritten(council).get(5);

        var result = mvc.get()
                .uri("/api/v1/audit/entries/{id}/proof", pending)
                .with(aDataProtectionOfficer().of(council).onRequest())
                .exchange();

        assertThat(result).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("not sealed into a batch yet");
    }

    @Test
    void anotherOrganisationsEntryIsNotFound() {
        OrganisationId other = TestOrganisations.create(database);

        assertThat(mvc.get()
                        .uri("/api/v1/audit/entries/{id}/proof", read)
                        .with(aDataProtectionOfficer().of(other).onRequest()))
                .hasStatus(404)
                .bodyText()
                .doesNotContain("note-3");
    }

    @Test
    void aPractitionerIsForbidden() {
        assertThat(mvc.get()
                        .uri("/api/v1/audit/entries/{id}/proof", read)
                        .with(aPractitioner().of(council).onRequest()))
                .hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void askingForAProofIsAudited() {
        proofOf(read);

        assertThat(trail.idsWritten(council)).hasSize(6);
    }

    private AuditEntryProof proofOf(long id) {
        return assertThat(mvc.get()
                        .uri("/api/v1/audit/entries/{id}/proof", id)
                        .with(anAdministrator().of(council).onRequest()))
                .hasStatusOk()
                .bodyJson()
                .convertTo(AuditEntryProof.class)
                .actual();
    }

    /** A public keyset of some other signer: a proof must not check out against it. */
    private static String otherKeyset() {
        try {
            SignatureConfig.register();
            KeysetHandle keys = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
            return TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keys.getPublicKeysetHandle());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
