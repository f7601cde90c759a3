package org.custodia.notices;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.notices.internal.LineDifference;
import org.custodia.notices.internal.NoticeRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.NotFound;
import org.custodia.shared.OrganisationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published notices, for anyone: the current version, every earlier one, and what changed between
 * them. An organisation's notice is read in that organisation's context, so row-level security keeps
 * each organisation to its own versions; the processor's notice belongs to none.
 */
@Component
public class PublishedNotices {

    private final NoticeRows rows;
    private final Organisations organisations;
    private final Tenancy tenancy;
    private final TransactionTemplate transactions;

    PublishedNotices(NoticeRows rows, Organisations organisations, Tenancy tenancy, TransactionTemplate transactions) {
        this.rows = rows;
        this.organisations = organisations;
        this.tenancy = tenancy;
        this.transactions = transactions;
    }

    /** Whose notice is asked for: an organisation by its Organisation ID, or the processor. */
    public record Publisher(Notice notice, String organisationCode, String name, OrganisationId organisation) {

        public static Publisher processor() {
            return new Publisher(Notice.PROCESSOR, null, ProcessorNotice.TITLE, null);
        }
    }

    /** The organisation with this Organisation ID (any case); 404 for none, and for the platform itself. */
    public Publisher organisation(String code) {
        Organisation organisation = organisations
                .findByCode(code)
                .filter(o -> !Organisations.PLATFORM_CODE.equalsIgnoreCase(o.code()))
                .orElseThrow(() -> new NotFound("Organisation"));
        return new Publisher(Notice.ORGANISATION, organisation.code(), organisation.name(), organisation.id());
    }

    /** The organisation of this id, for links from pages of signed-in users. */
    public Optional<Publisher> organisation(OrganisationId id) {
        return organisations.find(id).map(o -> new Publisher(Notice.ORGANISATION, o.code(), o.name(), o.id()));
    }

    /** Whether any version has been published, without reading one. */
    public boolean published(Publisher publisher) {
        return read(publisher, () -> rows.anyVersion(publisher.notice()));
    }

    public Optional<NoticeVersion> current(Publisher publisher) {
        return read(publisher, () -> rows.latest(publisher.notice()));
    }

    /** Every version, newest first; empty before the first is published. */
    public List<NoticeVersion> versions(Publisher publisher) {
        return read(publisher, () -> rows.versions(publisher.notice()));
    }

    public NoticeVersion version(Publisher publisher, int number) {
        return read(publisher, () -> rows.version(publisher.notice(), number))
                .orElseThrow(() -> new NotFound("Privacy notice version"));
    }

    /** What version {@code number} changed from the one before it (from nothing, for the first). */
    public NoticeDifference changes(Publisher publisher, int number) {
        return changes(publisher, number - 1, number);
    }

    /** What changed from version {@code from} (0 for none) to version {@code to}. */
    public NoticeDifference changes(Publisher publisher, int from, int to) {
        NoticeContent after = version(publisher, to).content();
        NoticeContent before = from > 0 ? version(publisher, from).content() : null;
        return LineDifference.between(from, before, to, after);
    }

    private <T> T read(Publisher publisher, Supplier<T> work) {
        return transactions.execute(status -> tenancy.callAs(publisher.organisation(), work));
    }
}
