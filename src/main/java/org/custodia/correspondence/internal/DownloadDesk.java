package org.custodia.correspondence.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.correspondence.DownloadOffer.OfferedFile;
import org.custodia.correspondence.DownloadOfferId;
import org.custodia.correspondence.OfferStatus;
import org.custodia.correspondence.internal.OfferRows.OfferRow;
import org.custodia.platform.Tenancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of secure downloads, for someone holding only a link: no one is signed in, so each
 * call finds the offer's organisation from the token and works inside it. Nothing about the offer is
 * given out before the code has been accepted, and every attempt and download is audited.
 */
@Component
public class DownloadDesk {

    public static final int MAX_ATTEMPTS = 5;

    private final OfferRows rows;
    private final OfferSecrets secrets;
    private final Sealing sealing;
    private final AuditTrail audit;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DownloadDesk(
            OfferRows rows,
            OfferSecrets secrets,
            Sealing sealing,
            AuditTrail audit,
            Tenancy tenancy,
            TransactionTemplate transactions,
            Clock clock) {
        this.rows = rows;
        this.secrets = secrets;
        this.sealing = sealing;
        this.audit = audit;
        this.tenancy = tenancy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Where the offer behind a link stands; empty for a link that matches no offer. */
    public Optional<Visit> visit(String token) {
        return inOffer(token, false, offer -> new Visit(offer.id(), offer.status(clock.instant())));
    }

    public record Visit(DownloadOfferId offer, OfferStatus status) {}

    /** Checks a code; a wrong one is counted, and the fifth locks the offer until a new code is sent. */
    public Optional<CodeCheck> enterCode(String token, String code) {
        return inOffer(token, true, offer -> {
            OfferStatus status = offer.status(clock.instant());
            if (status != OfferStatus.AWAITING_CODE) {
                audit.record(AuditRecord.of("download.code-refused", Outcome.DENIED)
                        .about("download-offer", offer.id())
                        .withDetail("offer " + status.name().toLowerCase().replace('_', ' ')));
                return new CodeCheck(offer.id(), false, status, 0);
            }
            if (secrets.matches(offer.id(), code, offer.codeHash())) {
                rows.codeAccepted(offer.id());
                audit.record(AuditRecord.of("download.code-accepted", Outcome.SUCCESS)
                        .about("download-offer", offer.id()));
                return new CodeCheck(offer.id(), true, OfferStatus.CODE_USED, 0);
            }
            int failed = offer.failedAttempts() + 1;
            boolean lock = failed >= MAX_ATTEMPTS;
            rows.codeRefused(offer.id(), failed, lock ? clock.instant() : null);
            audit.record(AuditRecord.of("download.code-refused", Outcome.FAILURE)
                    .about("download-offer", offer.id())
                    .withDetail("wrong code, attempt " + failed + " of " + MAX_ATTEMPTS));
            if (lock) {
                audit.record(AuditRecord.of("download.locked", Outcome.SUCCESS).about("download-offer", offer.id()));
            }
            return new CodeCheck(
                    offer.id(), false, lock ? OfferStatus.LOCKED : OfferStatus.AWAITING_CODE, MAX_ATTEMPTS - failed);
        });
    }

    public record CodeCheck(DownloadOfferId offer, boolean accepted, OfferStatus status, int attemptsLeft) {}

    /** The files, for a visitor whose session the code opened for this offer; empty once the offer is over. */
    public Optional<Opened> open(String token, DownloadOfferId opened) {
        return inOffer(
                token,
                false,
                offer -> offer.id().equals(opened)
                                && !offer.status(clock.instant()).isOver()
                        ? new Opened(offer.title(), offer.expiresAt(), rows.files(offer.id()))
                        : null);
    }

    public record Opened(String title, java.time.Instant expiresAt, List<OfferedFile> files) {}

    /** One file's content, decrypted, with the download recorded and audited. */
    public Optional<FileContent> download(String token, DownloadOfferId opened, UUID fileId) {
        return inOffer(token, false, offer -> {
            if (!offer.id().equals(opened) || offer.status(clock.instant()).isOver()) {
                return null;
            }
            Optional<OfferedFile> file = rows.files(offer.id()).stream()
                    .filter(f -> f.id().equals(fileId))
                    .findFirst();
            if (file.isEmpty()) {
                return null;
            }
            byte[] sealed = rows.content(offer.id(), fileId).orElseThrow();
            byte[] content = sealing.openFile(offer.id().value(), fileId, sealed);
            rows.downloaded(Tenancy.current().orElseThrow(), offer.id(), fileId, clock.instant());
            audit.record(AuditRecord.of("download.file-downloaded", Outcome.SUCCESS)
                    .about("download-offer", offer.id())
                    .withDetail("file: " + fileId + "; reference: " + offer.reference()));
            return new FileContent(file.get().name(), file.get().mediaType(), content);
        });
    }

    public record FileContent(String name, String mediaType, byte[] content) {}

    private <T> Optional<T> inOffer(String token, boolean forUpdate, Function<OfferRow, T> work) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        String hash = secrets.tokenHash(token);
        return transactions.execute(status -> rows.organisationOf(hash)
                .flatMap(organisation -> tenancy.callAs(
                        organisation, () -> rows.byToken(hash, forUpdate).map(work))));
    }
}
