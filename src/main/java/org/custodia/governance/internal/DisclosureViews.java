package org.custodia.governance.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.custodia.audit.ActorDirectory;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonNames;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.UnreadableValue;
import org.custodia.governance.Disclosure;
import org.custodia.governance.SharingAgreementId;
import org.springframework.stereotype.Component;

/**
 * Disclosures as a reader sees them: with the names of the people (those the reader may know of),
 * of the users who recorded and decided, and the reason without consent only if {@code reveal}.
 */
@Component
public class DisclosureViews {

    private static final String SOMEONE = "Someone you cannot see";

    private final DisclosureRows rows;
    private final PersonNames personNames;
    private final ActorDirectory users;
    private final FieldEncryption encryption;

    DisclosureViews(DisclosureRows rows, PersonNames personNames, ActorDirectory users, FieldEncryption encryption) {
        this.rows = rows;
        this.personNames = personNames;
        this.users = users;
        this.encryption = encryption;
    }

    public List<Disclosure> of(List<DisclosureRows.Row> found, boolean reveal) {
        Map<UUID, List<PersonId>> subjects = new LinkedHashMap<>();
        found.forEach(row -> subjects.put(row.id().value(), rows.people(row.id())));
        Set<PersonId> everyone = new HashSet<>();
        subjects.values().forEach(everyone::addAll);
        Map<PersonId, String> names = everyone.isEmpty() ? Map.of() : personNames.namesOf(everyone);
        Set<UUID> actors = new HashSet<>();
        found.forEach(row -> Stream.of(row.recordedBy(), row.decidedBy(), row.closedBy())
                .filter(Objects::nonNull)
                .forEach(actors::add));
        Map<UUID, String> who = actors.isEmpty() ? Map.of() : users.namesOf(actors);
        return found.stream()
                .map(row -> view(row, subjects.get(row.id().value()), names, who, reveal))
                .toList();
    }

    private Disclosure view(
            DisclosureRows.Row row,
            List<PersonId> subjects,
            Map<PersonId, String> names,
            Map<UUID, String> who,
            boolean reveal) {
        return new Disclosure(
                row.id(),
                subjects.stream()
                        .map(p -> new Disclosure.Subject(p, names.getOrDefault(p, SOMEONE)))
                        .toList(),
                row.recipient(),
                row.recipientName(),
                row.disclosedOn(),
                row.dataShared(),
                row.method(),
                row.basis(),
                row.agreement() == null ? null : new SharingAgreementId(row.agreement()),
                row.agreementTitle(),
                row.statutoryBasis(),
                reveal ? reason(row) : null,
                row.reason() != null && !reveal,
                name(who, row.decidedBy()),
                row.decidedOn(),
                row.caseId(),
                row.documentFormat(),
                name(who, row.recordedBy()),
                row.recordedAt(),
                row.hasFollowUp()
                        ? new Disclosure.FollowUp(
                                row.toldOn(), row.notToldReason(), name(who, row.closedBy()), row.closedAt())
                        : null);
    }

    private String reason(DisclosureRows.Row row) {
        if (row.reason() == null) {
            return null;
        }
        try {
            return encryption.decrypt(
                    row.reasonSubject().subject(), DisclosureRecording.reasonField(row.id()), row.reason());
        } catch (ErasedSubject e) {
            return "Erased";
        } catch (UnreadableValue e) {
            return "Cannot be shown: the stored value has been altered";
        }
    }

    private static String name(Map<UUID, String> who, UUID user) {
        return user == null ? null : who.getOrDefault(user, "A former user");
    }
}
