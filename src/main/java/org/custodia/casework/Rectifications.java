package org.custodia.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.custodia.audit.AuditRecord;
import org.custodia.audit.AuditTrail;
import org.custodia.audit.Outcome;
import org.custodia.casework.internal.PeopleRows;
import org.custodia.casework.internal.PersonRules;
import org.custodia.casework.internal.RectificationRows;
import org.custodia.casework.internal.SensitiveFields;
import org.custodia.casework.internal.StatementReader;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.platform.Tenancy;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.Actor;
import org.custodia.shared.InvalidInput;
import org.custodia.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (UK GDPR Art 16), for the DPO: a factual value is corrected and the value it replaced
 * kept, encrypted under the person's key, in an append-only history the audit entry points to; or the
 * value (an opinion, such as a case note) stays as recorded and the person's own statement is attached
 * to it, shown wherever the value is. {@code request} is the rights request acted on, or null.
 */
@Component
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
public class Rectifications {

    private final PeopleRows people;
    private final SensitiveFields sensitive;
    private final RectificationRows rows;
    private final StatementReader statements;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rectifications(
            PeopleRows people,
            SensitiveFields sensitive,
            RectificationRows rows,
            StatementReader statements,
            FieldEncryption encryption,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.sensitive = sensitive;
        this.rows = rows;
        this.statements = statements;
        this.encryption = encryption;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A value the DPO may choose to correct or to attach a statement to; {@code code} names it in a form. */
    public record Choice(String code, String label) {}

    /** The person's values, by name (addresses and telephones with their text; case notes by case and date). */
    @Transactional(readOnly = true)
    public List<Choice> choices(PersonId person) {
        requireExists(person);
        List<Choice> found = new java.util.ArrayList<>();
        for (PersonField field : PersonField.values()) {
            if (!field.itemised() && field != PersonField.SENSITIVE) {
                found.add(new Choice(field.name(), field.label()));
            }
        }
        for (SensitiveCategory category : SensitiveCategory.values()) {
            found.add(new Choice(new RecordedValue(PersonField.SENSITIVE, category, null).code(), category.label()));
        }
        for (RectificationRows.Item item : rows.items(person)) {
            found.add(new Choice(
                    new RecordedValue(item.field(), null, item.id()).code(),
                    item.field().label() + ": " + item.text()));
        }
        for (RectificationRows.Item note : rows.notesAbout(person)) {
            found.add(new Choice(
                    new RecordedValue(PersonField.CASE_NOTE, null, note.id()).code(), "Case note " + note.text()));
        }
        return found;
    }

    /** Corrects one value (not an address: see {@link #correctAddress}); returns the history entry. */
    @Transactional
    public UUID correct(PersonId person, RecordedValue value, String newValue, UUID request) {
        PersonDetails details = requireExists(person);
        String corrected = newValue == null ? "" : newValue.trim();
        String old;
        switch (value.field()) {
            case CASE_NOTE ->
                throw new InvalidInput(
                        "field",
                        "A case note records an opinion and stays as written: attach the person's statement instead");
            case ADDRESS -> throw new InvalidInput("field", "Correct an address with its own form");
            case TELEPHONE -> {
                old = rows.telephone(person, value.item()).orElseThrow(() -> new NotFound("Telephone"));
                if (!corrected.matches("[0-9 +()-]{6,20}")) {
                    throw new InvalidInput("value", "Enter a telephone number, like 01632 960 001");
                }
                rows.updateTelephone(value.item(), corrected);
            }
            case SENSITIVE -> {
                old = currentSensitive(person, value.category());
                if (corrected.isEmpty() || corrected.length() > 2000) {
                    throw new InvalidInput("value", "Enter the corrected value, 2000 characters or fewer");
                }
                Actor actor = Tenancy.requireActor();
                sensitive.record(
                        actor.organisation(), person, value.category(), corrected, actor.id(), clock.instant());
            }
            default -> {
                old = PersonFieldValues.get(details, value.field());
                PersonDetails updated = PersonFieldValues.with(details, value.field(), corrected);
                try {
                    PersonRules.check(updated, UkCalendar.today(clock));
                } catch (InvalidInput e) {
                    // The rules name the person form's fields; this form has one value field.
                    throw new InvalidInput("value", String.join(". ", e.errors().values()));
                }
                people.update(person, updated, clock.instant());
            }
        }
        return recordCorrection(person, value, old, request);
    }

    @Transactional
    public UUID correctAddress(PersonId person, UUID address, PersonView.Address corrected, UUID request) {
        requireExists(person);
        PersonView.Address old = rows.address(person, address).orElseThrow(() -> new NotFound("Address"));
        if (corrected == null || corrected.line1() == null || corrected.line1().isBlank()) {
            throw new InvalidInput("line1", "Enter the first line of the address");
        }
        rows.updateAddress(address, corrected);
        return recordCorrection(
                person,
                new RecordedValue(PersonField.ADDRESS, null, address),
                String.join(
                        ", ",
                        java.util.stream.Stream.of(old.line1(), old.line2(), old.town(), old.postcode())
                                .filter(s -> s != null && !s.isBlank())
                                .toList()),
                request);
    }

    /** Keeps the value as recorded and attaches the person's own statement about it. */
    @Transactional
    public UUID addStatement(PersonId person, RecordedValue value, String statement, UUID request) {
        requireExists(person);
        String text = statement == null ? "" : statement.trim();
        if (text.isEmpty() || text.length() > 5000) {
            throw new InvalidInput("statement", "Enter the person's statement, 5000 characters or fewer");
        }
        boolean exists = switch (value.field()) {
            case CASE_NOTE -> rows.noteAbout(value.item(), person);
            case ADDRESS -> rows.address(person, value.item()).isPresent();
            case TELEPHONE -> rows.telephone(person, value.item()).isPresent();
            default -> true;
        };
        if (!exists) {
            throw new NotFound(value.field().label());
        }
        Actor actor = Tenancy.requireActor();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        rows.insertStatement(
                actor.organisation(),
                person,
                new RectificationRows.Entry(
                        id,
                        value,
                        encryption.encrypt(person.subject(), StatementReader.field(id), text),
                        actor.id().value(),
                        now,
                        request));
        audit.record(AuditRecord.of("person.statement-added", Outcome.SUCCESS)
                .about("person-statement", id)
                .concerning(person.value())
                .withDetail(describe(value, request)));
        events.publishEvent(new PersonRectified(
                actor.organisation(), person, id, value, PersonRectified.Kind.STATEMENT_ADDED, request, now));
        return id;
    }

    /** Every correction, newest first, with the value it replaced. */
    @Transactional
    public List<Rectification> history(PersonId person) {
        requireExists(person);
        List<Rectification> found = rows.rectifications(person).stream()
                .map(e -> new Rectification(e.id(), e.value(), oldValue(person, e), e.by(), e.at(), e.request()))
                .toList();
        audit.record(AuditRecord.of("person.rectifications-viewed", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .withDetail("entries: " + found.size()));
        return found;
    }

    @Transactional
    public List<PersonStatement> statements(PersonId person) {
        requireExists(person);
        List<PersonStatement> found = statements.about(person, true);
        audit.record(AuditRecord.of("person.statements-viewed", Outcome.SUCCESS)
                .about("person", person)
                .concerning(person.value())
                .withDetail("statements: " + found.size()));
        return found;
    }

    private UUID recordCorrection(PersonId person, RecordedValue value, String old, UUID request) {
        Actor actor = Tenancy.requireActor();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        rows.insertRectification(
                actor.organisation(),
                person,
                new RectificationRows.Entry(
                        id,
                        value,
                        old == null ? null : encryption.encrypt(person.subject(), oldValueField(id), old),
                        actor.id().value(),
                        now,
                        request));
        audit.record(AuditRecord.of("person.rectified", Outcome.SUCCESS)
                .about("person-rectification", id)
                .concerning(person.value())
                .withDetail(describe(value, request)));
        events.publishEvent(new PersonRectified(
                actor.organisation(), person, id, value, PersonRectified.Kind.CORRECTED, request, now));
        return id;
    }

    private String currentSensitive(PersonId person, SensitiveCategory category) {
        SensitiveValue current = sensitive.read(person, true).stream()
                .filter(v -> v.category() == category)
                .findFirst()
                .orElseThrow();
        if (current.state() != SensitiveValue.State.SHOWN) {
            throw new InvalidInput(
                    "category", "No readable " + category.label().toLowerCase() + " is recorded to correct");
        }
        return current.value();
    }

    private String oldValue(PersonId person, RectificationRows.Entry e) {
        if (e.text() == null) {
            return null;
        }
        try {
            return encryption.decrypt(person.subject(), oldValueField(e.id()), e.text());
        } catch (ErasedSubject ex) {
            return "(erased)";
        } catch (UnreadableValue ex) {
            return "(cannot be shown: the stored value has been altered)";
        }
    }

    private static FieldRef oldValueField(UUID entry) {
        return FieldRef.of("person_rectifications", "old_value", entry);
    }

    private static String describe(RecordedValue value, UUID request) {
        return value.field().name()
                + (value.category() == null ? "" : " " + value.category().name())
                + (value.item() == null ? "" : " " + value.item())
                + (request == null ? "" : "; request " + request);
    }

    private PersonDetails requireExists(PersonId person) {
        return people.find(person).orElseThrow(() -> new NotFound("Person"));
    }

    /** Reads and replaces one field of the person's details. */
    static final class PersonFieldValues {

        private PersonFieldValues() {}

        static String get(PersonDetails d, PersonField field) {
            return switch (field) {
                case FIRST_NAME -> d.firstName();
                case MIDDLE_NAMES -> d.middleNames();
                case LAST_NAME -> d.lastName();
                case PREFERRED_NAME -> d.preferredName();
                case DATE_OF_BIRTH ->
                    d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
                case NHS_NUMBER -> d.nhsNumber();
                case UNIQUE_PUPIL_NUMBER -> d.uniquePupilNumber();
                case EMAIL -> d.email();
                case PROFESSION -> d.profession();
                case EMPLOYER -> d.employer();
                default -> throw new IllegalArgumentException(field.name());
            };
        }

        static PersonDetails with(PersonDetails d, PersonField field, String v) {
            String value = v.isEmpty() ? null : v;
            return new PersonDetails(
                    field == PersonField.FIRST_NAME ? value : d.firstName(),
                    field == PersonField.MIDDLE_NAMES ? value : d.middleNames(),
                    field == PersonField.LAST_NAME ? value : d.lastName(),
                    field == PersonField.PREFERRED_NAME ? value : d.preferredName(),
                    field == PersonField.DATE_OF_BIRTH ? date(value) : d.dateOfBirth(),
                    d.dateOfDeath(),
                    field == PersonField.NHS_NUMBER ? value : d.nhsNumber(),
                    field == PersonField.UNIQUE_PUPIL_NUMBER ? value : d.uniquePupilNumber(),
                    field == PersonField.EMAIL ? value : d.email(),
                    field == PersonField.PROFESSION ? value : d.profession(),
                    field == PersonField.EMPLOYER ? value : d.employer());
        }

        private static LocalDate date(String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidInput("value", "Enter the date as year-month-day, for example 2014-05-01");
            }
        }
    }
}
