package org.custodia.casework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonStatement;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.springframework.stereotype.Component;

/**
 * Reads the person's own statements for wherever their values are shown. A statement about a
 * sensitive value or a case note is withheld from readers without a sensitive-data grant, as the value is.
 */
@Component
public class StatementReader {

    private final RectificationRows rows;
    private final FieldEncryption encryption;

    StatementReader(RectificationRows rows, FieldEncryption encryption) {
        this.rows = rows;
        this.encryption = encryption;
    }

    public List<PersonStatement> about(PersonId person, boolean granted) {
        return rows.statements(person).stream()
                .map(e -> read(person, e, granted))
                .toList();
    }

    /** The statements on each note, by note. */
    public Map<UUID, List<PersonStatement>> onNotes(PersonId child, Collection<UUID> notes, boolean granted) {
        Map<UUID, List<PersonStatement>> found = new HashMap<>();
        for (RectificationRows.Entry e : rows.statementsOnNotes(notes)) {
            found.computeIfAbsent(e.value().item(), k -> new ArrayList<>()).add(read(child, e, granted));
        }
        return found;
    }

    public static FieldRef field(UUID statement) {
        return FieldRef.of("person_statements", "statement", statement);
    }

    /** One statement of the person's, its text withheld as the value it is about would be. */
    public PersonStatement read(PersonId person, RectificationRows.Entry e, boolean granted) {
        if (e.value().sensitive() && !granted) {
            return new PersonStatement(e.id(), e.value(), null, true, e.at());
        }
        String text;
        try {
            text = encryption.decrypt(person.subject(), field(e.id()), e.text());
        } catch (ErasedSubject ex) {
            text = StoredText.ERASED;
        } catch (UnreadableValue ex) {
            text = StoredText.UNREADABLE;
        }
        return new PersonStatement(e.id(), e.value(), text, false, e.at());
    }
}
