package org.custodia.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.encryption.Signatures;
import org.custodia.platform.Tenancy;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals of the current organisation's chain: signed statements that the chain ended at a given entry
 * with a given hash. Verification checks every seal's signature and that the chain still passes
 * through it.
 */
@Component
public class AuditSeals {

    static final UUID PLATFORM_CHAIN = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Signatures signatures;
    private final Clock clock;

    AuditSeals(JdbcClient jdbc, Signatures signatures, Clock clock) {
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Seals the current chain at its head; nothing if it is empty or already sealed there. */
    @Transactional
    public Optional<AuditSeal> sealNow() {
        Optional<OrganisationId> organisation = Tenancy.current();
        UUID chain = organisation.map(OrganisationId::value).orElse(PLATFORM_CHAIN);
        record Head(long sequence, byte[] hash) {}
        Optional<Head> head = jdbc.sql(
                        "select last_sequence, last_hash from audit_chain_heads where chain_key = :chain")
                .param("chain", chain)
                .query((row, n) -> new Head(row.getLong(1), row.getBytes(2)))
                .optional()
                .filter(h -> h.sequence() > 0);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] signature =
                signatures.sign(message(chain, head.get().sequence(), head.get().hash(), now));
        int inserted = jdbc.sql("insert into audit_seals (organisation_id, chain_key, last_sequence, last_hash,"
                        + " sealed_at, signature) values (:organisation, :chain, :sequence, :hash, :at, :signature)"
                        + " on conflict (chain_key, last_sequence) do nothing")
                .param("organisation", organisation.map(OrganisationId::value).orElse(null))
                .param("chain", chain)
                .param("sequence", head.get().sequence())
                .param("hash", head.get().hash())
                .param("at", Timestamp.from(now))
                .param("signature", signature)
                .update();
        return inserted == 0
                ? Optional.empty()
                : Optional.of(new AuditSeal(
                        head.get().sequence(), fingerprint(head.get().hash()), now, true));
    }

    /** Every seal of the current chain, oldest first, with its signature checked. */
    @Transactional(readOnly = true)
    public List<AuditSeal> all() {
        return sealsForVerification().stream().map(Seal::view).toList();
    }

    /** The seals with their hashes, oldest first, each signature checked; for the verifier. */
    List<Seal> sealsForVerification() {
        return jdbc.sql("select chain_key, last_sequence, last_hash, sealed_at, signature from audit_seals"
                        + " where chain_key = coalesce(current_organisation(), :platform) order by last_sequence")
                .param("platform", PLATFORM_CHAIN)
                .query((row, n) -> {
                    Instant at = row.getTimestamp("sealed_at").toInstant();
                    byte[] hash = row.getBytes("last_hash");
                    return new Seal(
                            row.getLong("last_sequence"),
                            hash,
                            at,
                            signatures.isValid(
                                    row.getBytes("signature"),
                                    message(
                                            row.getObject("chain_key", UUID.class),
                                            row.getLong("last_sequence"),
                                            hash,
                                            at)));
                })
                .list();
    }

    public String publicKeyset() {
        return signatures.publicKeyset();
    }

    /** What is signed: the chain, the entry, its hash and the time, in one unambiguous line. */
    public static byte[] message(UUID chain, long sequence, byte[] hash, Instant at) {
        return ("custodia-audit-seal/1|" + chain + "|" + sequence + "|"
                        + HexFormat.of().formatHex(hash) + "|" + at.truncatedTo(ChronoUnit.MICROS))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** How people compare seals: the first 16 bytes of the hash, in groups of four hex digits. */
    public static String fingerprint(byte[] hash) {
        String hex = HexFormat.of().formatHex(hash, 0, 16);
        return String.join(" ", hex.split("(?<=\\G.{4})"));
    }

    record Seal(long sequence, byte[] hash, Instant sealedAt, boolean signatureValid) {
        AuditSeal view() {
            return new AuditSeal(sequence, fingerprint(hash), sealedAt, signatureValid);
        }
    }
}
