package org.custodia.audit;

import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.internal.AuditCanonicalForm;
import org.custodia.audit.internal.Batch;
import org.custodia.audit.internal.MerkleTree;

/**
 * Evidence that one entry is in the trail ("show that this read was logged"), checkable without
 * Custodia or its database: the entry and the exact bytes hashed for it, the RFC 6962 audit path from
 * it to its batch's Merkle root, and the batch's signed statement with the key to check it. Hashes
 * are hex, the signature base64.
 */
public record AuditEntryProof(
        AuditEntry entry,
        UUID organisationId,
        String clientReference,
        String canonicalForm,
        String previousHash,
        String entryHash,
        long leafIndex,
        long treeSize,
        List<String> auditPath,
        SignedBatch batch,
        String publicKeyset,
        String howToCheck) {

    static final String HOW_TO_CHECK = "1. entryHash = SHA-256(previousHash || UTF-8 bytes of canonicalForm),"
            + " where canonicalForm is the entry's fields, each as <UTF-8 length>:<value> or ~ for none, joined by |"
            + " (organisation, sequence, time, actor type, actor, action, object type, object, subject, purpose,"
            + " outcome, detail, request, client reference). 2. leaf = SHA-256(0x00 || entryHash); fold auditPath"
            + " from the leaf at leafIndex in a tree of treeSize leaves (RFC 9162 section 2.1.3.2) to get the"
            + " batch root. 3. Check the Ed25519 signature of signedMessage (which names the root) with the public"
            + " keyset (Tink JSON).";

    /** The batch the entry was sealed in, as signed. */
    public record SignedBatch(
            UUID chain,
            long firstSequence,
            long lastSequence,
            String previousHash,
            String lastHash,
            String root,
            Instant sealedAt,
            String signature,
            String signedMessage) {}

    /**
     * Checks the proof on its own, against a public keyset the checker trusts (from a seal email, or
     * the audit page), not the one the proof carries. Returns what does not hold; empty if all does.
     */
    public List<String> problems(String trustedPublicKeyset) {
        List<String> problems = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        byte[] canonical = canonicalForm.getBytes(StandardCharsets.UTF_8);
        if (entry.sequence() == null
                || !Arrays.equals(canonical, AuditCanonicalForm.canonical(fields(entry.sequence())))) {
            problems.add("the canonical form is not that of the entry's fields");
        }
        byte[] entryHashBytes = hex.parseHex(entryHash);
        MessageDigest sha256 = sha256();
        sha256.update(hex.parseHex(previousHash));
        if (!Arrays.equals(sha256.digest(canonical), entryHashBytes)) {
            problems.add("the entry hash is not SHA-256 of the previous hash and the canonical form");
        }
        if (entry.sequence() == null
                || entry.sequence() != batch.firstSequence() + leafIndex
                || treeSize != batch.lastSequence() - batch.firstSequence() + 1) {
            problems.add("the entry's place does not fit the batch");
        }
        List<byte[]> path = auditPath.stream().map(hex::parseHex).toList();
        byte[] root = hex.parseHex(batch.root());
        if (!MerkleTree.leadsTo(MerkleTree.leafHash(entryHashBytes), leafIndex, treeSize, path, root)) {
            problems.add("the audit path does not lead from the entry to the batch root");
        }
        UUID chain = organisationId == null ? new UUID(0, 0) : organisationId;
        byte[] message = Batch.message(
                chain,
                batch.firstSequence(),
                batch.lastSequence(),
                hex.parseHex(batch.previousHash()),
                hex.parseHex(batch.lastHash()),
                root,
                batch.sealedAt());
        if (!batch.chain().equals(chain)
                || !batch.signedMessage().equals(new String(message, StandardCharsets.UTF_8))) {
            problems.add("the signed message is not the statement of this batch");
        }
        if (!validSignature(trustedPublicKeyset, Base64.getDecoder().decode(batch.signature()), message)) {
            problems.add("the batch's signature is not valid under the trusted key");
        }
        return problems;
    }

    private AuditCanonicalForm.Fields fields(long sequence) {
        return new AuditCanonicalForm.Fields(
                organisationId,
                sequence,
                entry.occurredAt(),
                entry.actorType(),
                entry.actorId(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.subjectId(),
                entry.purpose(),
                entry.outcome(),
                entry.detail(),
                entry.requestId(),
                clientReference);
    }

    private static boolean validSignature(String publicKeyset, byte[] signature, byte[] message) {
        try {
            SignatureConfig.register();
            TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset)
                    .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class)
                    .verify(signature, message);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
