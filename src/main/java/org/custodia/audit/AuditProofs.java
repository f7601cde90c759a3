package org.custodia.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.audit.internal.AuditCanonicalForm;
import org.custodia.audit.internal.Batch;
import org.custodia.audit.internal.MerkleTree;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inclusion proofs for DPOs: the Merkle audit path from one entry to the signed root of its batch
 * (see {@link AuditEntryProof}). Asking is audited, like every reading of the trail.
 */
@Component
public class AuditProofs {

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final AuditSeals seals;

    AuditProofs(JdbcClient jdbc, AuditTrail trail, AuditSeals seals) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.seals = seals;
    }

    private record Stored(AuditEntry entry, UUID organisation, String clientRef, byte[] previous, byte[] hash) {}

    /** The proof for an entry of the reader's organisation; an entry of another is not found. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMINISTRATOR', 'DATA_PROTECTION_OFFICER')")
    public AuditEntryProof proofOf(long entryId) {
        UUID organisation = Tenancy.current().map(OrganisationId::value).orElse(null);
        Stored stored = entry(entryId).orElseThrow(() -> new NotFound("Audit entry " + entryId));
        trail.record(AuditRecord.of("audit.proof-requested", Outcome.SUCCESS).about("audit-entry", entryId));
        Long sequence = stored.entry().sequence();
        UUID chain = organisation == null ? new UUID(0, 0) : organisation;
        Batch batch = sequence == null
                ? null
                : jdbc.sql("select " + Batch.COLUMNS + " from audit_batches where chain_key = :chain"
                                + " and first_sequence <= :sequence order by first_sequence desc limit 1")
                        .param("chain", chain)
                        .param("sequence", sequence)
                        .query((row, n) -> Batch.of(row))
                        .optional()
                        .filter(b -> b.lastSequence() >= sequence)
                        .orElse(null);
        if (batch == null) {
            throw new AuditProofUnavailable("Entry " + entryId + " is not sealed into a batch yet. The chainer"
                    + " seals new entries within seconds: ask again shortly.");
        }
        List<byte[]> leaves = new ArrayList<>();
        jdbc.sql("select entry_hash from audit_entries where " + ownChain(organisation)
                        + " and sequence between :first and :last order by sequence")
                .param("first", batch.firstSequence())
                .param("last", batch.lastSequence())
                .query(byte[].class)
                .list()
                .forEach(hash -> leaves.add(MerkleTree.leafHash(hash)));
        if (leaves.size() != batch.size() || !Arrays.equals(MerkleTree.root(leaves), batch.root())) {
            throw new AuditProofUnavailable("The batch of entry " + entryId + " no longer matches its signed root."
                    + " Verify the audit trail: it names what was changed.");
        }
        int index = (int) (sequence - batch.firstSequence());
        HexFormat hex = HexFormat.of();
        String canonical = new String(AuditCanonicalForm.canonical(fields(stored)), StandardCharsets.UTF_8);
        return new AuditEntryProof(
                stored.entry(),
                stored.organisation(),
                stored.clientRef(),
                canonical,
                hex.formatHex(stored.previous()),
                hex.formatHex(stored.hash()),
                index,
                batch.size(),
                MerkleTree.path(leaves, index).stream().map(hex::formatHex).toList(),
                new AuditEntryProof.SignedBatch(
                        chain,
                        batch.firstSequence(),
                        batch.lastSequence(),
                        hex.formatHex(batch.previousHash()),
                        hex.formatHex(batch.lastHash()),
                        hex.formatHex(batch.root()),
                        batch.sealedAt(),
                        Base64.getEncoder().encodeToString(batch.signature()),
                        new String(batch.message(chain), StandardCharsets.UTF_8)),
                seals.publicKeyset(),
                AuditEntryProof.HOW_TO_CHECK);
    }

    private Optional<Stored> entry(long id) {
        return jdbc.sql("select id, organisation_id, sequence, occurred_at, actor_type, actor_id, action, object_type,"
                        + " object_id, subject_id, purpose, outcome, detail, request_id, client_ref, previous_hash,"
                        + " entry_hash from audit_entries where "
                        + ownChain(Tenancy.current().map(OrganisationId::value).orElse(null)) + " and id = :id")
                .param("id", id)
                .query((row, n) -> new Stored(
                        new AuditEntry(
                                row.getLong("id"),
                                row.getObject("sequence", Long.class),
                                row.getTimestamp("occurred_at").toInstant(),
                                row.getString("actor_type"),
                                row.getObject("actor_id", UUID.class),
                                row.getString("action"),
                                row.getString("object_type"),
                                row.getString("object_id"),
                                row.getObject("subject_id", UUID.class),
                                row.getString("purpose"),
                                row.getString("outcome"),
                                row.getString("detail"),
                                row.getString("request_id")),
                        row.getObject("organisation_id", UUID.class),
                        row.getString("client_ref"),
                        row.getBytes("previous_hash"),
                        row.getBytes("entry_hash")))
                .optional();
    }

    private static AuditCanonicalForm.Fields fields(Stored stored) {
        AuditEntry e = stored.entry();
        return new AuditCanonicalForm.Fields(
                stored.organisation(),
                e.sequence(),
                e.occurredAt(),
                e.actorType(),
                e.actorId(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.subjectId(),
                e.purpose(),
                e.outcome(),
                e.detail(),
                e.requestId(),
                stored.clientRef());
    }

    private static String ownChain(UUID organisation) {
        return organisation == null ? "organisation_id is null" : "organisation_id = current_organisation()";
    }
}
