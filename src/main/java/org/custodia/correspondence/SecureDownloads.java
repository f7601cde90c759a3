package org.custodia.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.correspondence.internal.OfferMail;
import org.custodia.correspondence.internal.OfferRows;
import org.custodia.correspondence.internal.OfferRows.OfferRow;
import org.custodia.correspondence.internal.OfferSecrets;
import org.custodia.correspondence.internal.Sealing;
import org.custodia.identity.Organisations;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers files through an expiring link, opened with a one-time code sent in a separate email. The
 * files are stored only encrypted, under a key of the offer's own that withdrawing the offer destroys.
 * Making an offer needs only an organisation (the caller decides who may); seeing, withdrawing and
 * re-issuing codes is for the data protection officer.
 */
@Component
public class SecureDownloads {

    public static final int DEFAULT_DAYS = 30;
    private static final int MAX_FILES = 20;
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private final OfferRows rows;
    private final OfferSecrets secrets;
    private final OfferMail mail;
    private final Sealing sealing;
    private final Letters letters;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    SecureDownloads(
            OfferRows rows,
            OfferSecrets secrets,
            OfferMail mail,
            Sealing sealing,
            Letters letters,
            Organisations organisations,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.secrets = secrets;
        this.mail = mail;
        this.sealing = sealing;
        this.letters = letters;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the files encrypted and emails the link, then (separately) the code. */
    @Transactional
    public DownloadOfferId offer(NewOffer offer) {
        Made made = store(offer);
        mail.sendLink(offer.recipientEmail().trim(), organisations.current().name(), made.token(), made.lastDay());
        sendCode(made.id(), offer.recipientEmail().trim(), made.code());
        return made.id();
    }

    /**
     * As {@link #offer}, but the link goes out in the organisation's {@link LetterKind#RESPONSE_READY}
     * letter (email and PDF, recorded under the offer's reference), with {@code downloadLink} and
     * {@code expiresOn} filled in; {@code letterValues} gives the rest.
     */
    @Transactional
    public DownloadOfferId offerWithLetter(NewOffer offer, Map<String, String> letterValues) {
        Made made = store(offer);
        Map<String, String> values = new HashMap<>(letterValues);
        values.put("downloadLink", mail.link(made.token()));
        values.put("expiresOn", mail.date(made.lastDay()));
        values.putIfAbsent("reference", offer.reference().toString());
        letters.send(offer.recipientEmail(), letters.compose(LetterKind.RESPONSE_READY, values), offer.reference());
        sendCode(made.id(), offer.recipientEmail().trim(), made.code());
        return made.id();
    }

    /** The offers made under a reference, newest first, with their downloads. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public List<DownloadOffer> offersFor(UUID reference) {
        return rows.forReference(reference).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public DownloadOffer find(DownloadOfferId id) {
        return view(rows.find(id, false).orElseThrow(() -> new NotFound("Download offer")));
    }

    /** Withdraws the offer: the link stops working and the files' key is destroyed. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public void revoke(DownloadOfferId id) {
        OfferRow offer = rows.find(id, true).orElseThrow(() -> new NotFound("Download offer"));
        if (offer.revokedAt() == null) {
            rows.revoke(id, clock.instant());
            sealing.shredFiles(id.value());
        }
        audit.record(AuditRecord.of("download.revoked", Outcome.SUCCESS)
                .about("download-offer", id)
                .withDetail("reference: " + offer.reference()));
    }

    /** Sends a new code (unlocking a locked offer, or after the code was used); the link stays the same. */
    @Transactional
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public void reissueCode(DownloadOfferId id) {
        OfferRow offer = rows.find(id, true).orElseThrow(() -> new NotFound("Download offer"));
        if (offer.status(clock.instant()).isOver()) {
            throw new InvalidInput(
                    "offer", "This offer has expired or been withdrawn: make a new offer to send the files again");
        }
        String code = secrets.newCode();
        rows.newCode(id, secrets.codeHash(id, code), clock.instant());
        audit.record(AuditRecord.of("download.code-reissued", Outcome.SUCCESS)
                .about("download-offer", id)
                .withDetail("reference: " + offer.reference()));
        mail.sendCode(offer.recipient(), organisations.current().name(), code);
    }

    private Made store(NewOffer offer) {
        check(offer);
        OrganisationId organisation = Tenancy.current()
                .orElseThrow(() -> new IllegalStateException("Downloads are offered only for an organisation"));
        DownloadOfferId id = DownloadOfferId.random();
        Instant now = clock.instant();
        LocalDate lastDay = offer.expiresOn() != null
                ? offer.expiresOn()
                : UkCalendar.today(clock).plusDays(DEFAULT_DAYS);
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(UkCalendar.ZONE).toInstant();
        String token = secrets.newToken();
        String code = secrets.newCode();
        rows.insert(
                organisation,
                new OfferRow(
                        id,
                        offer.reference(),
                        offer.recipientEmail().trim(),
                        offer.title().trim(),
                        secrets.codeHash(id, code),
                        0,
                        null,
                        expiresAt,
                        null,
                        now),
                secrets.tokenHash(token),
                Tenancy.currentActor().map(actor -> actor.id().value()).orElse(null));
        int position = 0;
        for (DownloadFile file : offer.files()) {
            UUID fileId = UUID.randomUUID();
            rows.insertFile(
                    organisation,
                    id,
                    fileId,
                    position++,
                    file.name().trim(),
                    file.mediaType(),
                    file.bytes().length,
                    sealing.sealFile(id.value(), fileId, file.bytes()));
        }
        audit.record(AuditRecord.of("download.offered", Outcome.SUCCESS)
                .about("download-offer", id)
                .withDetail("reference: " + offer.reference() + "; files: "
                        + offer.files().size() + "; expires: " + lastDay));
        return new Made(id, token, code, lastDay);
    }

    private void sendCode(DownloadOfferId id, String to, String code) {
        audit.record(AuditRecord.of("download.code-sent", Outcome.SUCCESS).about("download-offer", id));
        mail.sendCode(to, organisations.current().name(), code);
    }

    private void check(NewOffer offer) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (offer.recipientEmail() == null || !offer.recipientEmail().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("recipientEmail", "Enter an email address in the correct format, like name@example.com");
        }
        if (offer.reference() == null) {
            errors.put("reference", "Give the reference the files belong to");
        }
        if (offer.title() == null || offer.title().isBlank()) {
            errors.put("title", "Enter a title for the files");
        }
        if (offer.files() == null || offer.files().isEmpty() || offer.files().size() > MAX_FILES) {
            errors.put("files", "Offer between 1 and " + MAX_FILES + " files");
        } else {
            long total = 0;
            for (DownloadFile file : offer.files()) {
                if (file == null
                        || file.name() == null
                        || file.name().isBlank()
                        || file.mediaType() == null
                        || file.bytes() == null) {
                    errors.put("files", "Each file needs a name, a media type and content");
                    break;
                }
                total += file.bytes().length;
            }
            if (total > MAX_BYTES) {
                errors.put("files", "The files must be 50 MB or smaller in total");
            }
        }
        if (offer.expiresOn() != null
                && !offer.expiresOn().isAfter(UkCalendar.today(clock).minusDays(1))) {
            errors.put("expiresOn", "The last day must be today or in the future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private DownloadOffer view(OfferRow row) {
        return new DownloadOffer(
                row.id(),
                row.reference(),
                row.recipient(),
                row.title(),
                row.status(clock.instant()),
                row.failedAttempts(),
                row.createdAt(),
                row.expiresAt(),
                rows.files(row.id()),
                rows.downloads(row.id()));
    }

    private record Made(DownloadOfferId id, String token, String code, LocalDate lastDay) {}
}
