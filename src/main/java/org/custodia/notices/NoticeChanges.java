package org.custodia.notices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.identity.AfterSignIn;
import org.custodia.identity.Organisation;
import org.custodia.identity.Organisations;
import org.custodia.notices.PublishedNotices.Publisher;
import org.custodia.notices.internal.AcknowledgementRows;
import org.custodia.notices.internal.AcknowledgementRows.Kind;
import org.custodia.notices.internal.AcknowledgementRows.Latest;
import org.custodia.notices.internal.LineDifference;
import org.custodia.notices.internal.NoticeRows;
import org.custodia.platform.Tenancy;
import org.custodia.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices a user works under — their organisation's and the processor's — and what changed in them
 * since the version they last knowingly worked under. At a first sign-in that is the version then in
 * force; after that, the version whose changes they acknowledged. A changed notice is shown to them as
 * they sign in, before anything else, and their acknowledgement is recorded and audited.
 */
@Component
public class NoticeChanges implements AfterSignIn {

    public static final String PAGE = "/notices/changes";

    private final NoticeRows notices;
    private final AcknowledgementRows acknowledgements;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeChanges(
            NoticeRows notices,
            AcknowledgementRows acknowledgements,
            Organisations organisations,
            AuditTrail audit,
            Clock clock) {
        this.notices = notices;
        this.acknowledgements = acknowledgements;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A notice that changed since the user last knowingly worked under it. */
    public record ChangedNotice(Publisher publisher, NoticeVersion version, NoticeDifference difference) {}

    @Override
    @Transactional
    public Optional<String> pageFor(Actor actor) {
        if (actor.isOperator() || actor.organisation() == null) {
            return Optional.empty();
        }
        for (Notice notice : Notice.values()) {
            if (acknowledgements.latest(actor.id(), notice).isEmpty()) {
                Integer current =
                        notices.latest(notice).map(NoticeVersion::number).orElse(null);
                acknowledgements.record(actor.id(), notice, current, Kind.BASELINE, clock.instant());
                audit.record(AuditRecord.of("privacy-notice.baseline-recorded", Outcome.SUCCESS)
                        .about("user", actor.id())
                        .by(actor)
                        .withDetail(notice.name() + (current == null ? ": none published" : ": version " + current)));
            }
        }
        return changed(actor).isEmpty() ? Optional.empty() : Optional.of(PAGE);
    }

    /** The signed-in user's changed notices, each with what changed. */
    @Transactional(readOnly = true)
    public List<ChangedNotice> forMe() {
        return changed(Tenancy.requireActor());
    }

    /** Records that the signed-in user has read what changed in each notice shown to them. */
    @Transactional
    public List<ChangedNotice> acknowledge() {
        Actor actor = Tenancy.requireActor();
        List<ChangedNotice> changed = changed(actor);
        for (ChangedNotice notice : changed) {
            acknowledgements.record(
                    actor.id(),
                    notice.publisher().notice(),
                    notice.version().number(),
                    Kind.ACKNOWLEDGED,
                    clock.instant());
            audit.record(AuditRecord.of("privacy-notice.acknowledged", Outcome.SUCCESS)
                    .about("user", actor.id())
                    .withDetail(notice.publisher().notice().name() + ": version "
                            + notice.version().number()));
        }
        return changed;
    }

    private List<ChangedNotice> changed(Actor actor) {
        List<ChangedNotice> changed = new ArrayList<>();
        if (actor.isOperator() || actor.organisation() == null) {
            return changed;
        }
        for (Notice notice : Notice.values()) {
            Optional<NoticeVersion> current = notices.latest(notice);
            Optional<Latest> known = acknowledgements.latest(actor.id(), notice);
            if (current.isEmpty() || known.isEmpty()) {
                continue;
            }
            int from = known.get().version() == null ? 0 : known.get().version();
            int to = current.get().number();
            if (from < to) {
                NoticeContent before = from == 0
                        ? null
                        : notices.version(notice, from)
                                .map(NoticeVersion::content)
                                .orElse(null);
                changed.add(new ChangedNotice(
                        publisher(notice),
                        current.get(),
                        LineDifference.between(from, before, to, current.get().content())));
            }
        }
        return changed;
    }

    private Publisher publisher(Notice notice) {
        if (notice == Notice.PROCESSOR) {
            return Publisher.processor();
        }
        Organisation organisation = organisations.current();
        return new Publisher(Notice.ORGANISATION, organisation.code(), organisation.name(), organisation.id());
    }
}
