package org.custodia.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custodia.casework.PersonField;
import org.custodia.casework.PersonId;
import org.custodia.casework.PersonView;
import org.custodia.casework.RecordedValue;
import org.custodia.casework.SensitiveCategory;
import org.custodia.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of corrections (with the replaced values, encrypted) and the person's own
 * statements, and the list items (addresses, telephones) a correction changes in place.
 */
@Repository
public class RectificationRows {

    /** A stored row of either table; {@code text} is the ciphertext. */
    public record Entry(UUID id, RecordedValue value, byte[] text, UUID by, Instant at, UUID request) {}

    private final JdbcClient jdbc;

    RectificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertRectification(OrganisationId organisation, PersonId person, Entry entry) {
        insert("person_rectifications", "old_value", "rectified_by", "rectified_at", organisation, person, entry);
    }

    public void insertStatement(OrganisationId organisation, PersonId person, Entry entry) {
        insert("person_statements", "statement", "recorded_by", "recorded_at", organisation, person, entry);
    }

    public List<Entry> rectifications(PersonId person) {
        return jdbc.sql("select *, old_value as text, rectified_by as by_user, rectified_at as at"
                        + " from person_rectifications where person_id = :person order by rectified_at desc")
                .param("person", person.value())
                .query(RectificationRows::entry)
                .list();
    }

    public List<Entry> statements(PersonId person) {
        return jdbc.sql("select *, statement as text, recorded_by as by_user, recorded_at as at"
                        + " from person_statements where person_id = :person order by recorded_at")
                .param("person", person.value())
                .query(RectificationRows::entry)
                .list();
    }

    /** Statements attached to any of the case notes. */
    public List<Entry> statementsOnNotes(Collection<UUID> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select *, statement as text, recorded_by as by_user, recorded_at as at"
                        + " from person_statements where field = 'CASE_NOTE' and item_id in (:notes)"
                        + " order by recorded_at")
                .param("notes", notes)
                .query(RectificationRows::entry)
                .list();
    }

    /** Whether the note is on a case whose child is the person: a statement is the person's own. */
    public boolean noteAbout(UUID note, PersonId person) {
        return jdbc.sql("select count(*) from case_notes n join cases c on c.id = n.case_id"
                                + " where n.id = :note and c.child_id = :person")
                        .param("note", note)
                        .param("person", person.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<PersonView.Address> address(PersonId person, UUID address) {
        return jdbc.sql("select * from person_addresses where id = :id and person_id = :person")
                .param("id", address)
                .param("person", person.value())
                .query((row, n) -> new PersonView.Address(
                        row.getString("line_1"),
                        row.getString("line_2"),
                        row.getString("town"),
                        row.getString("postcode")))
                .optional();
    }

    public void updateAddress(UUID address, PersonView.Address value) {
        jdbc.sql("update person_addresses set line_1 = :line1, line_2 = :line2, town = :town, postcode = :postcode"
                        + " where id = :id")
                .param("line1", value.line1().trim())
                .param("line2", blankToNull(value.line2()))
                .param("town", blankToNull(value.town()))
                .param(
                        "postcode",
                        value.postcode() == null
                                ? null
                                : blankToNull(value.postcode().toUpperCase()))
                .param("id", address)
                .update();
    }

    public Optional<String> telephone(PersonId person, UUID telephone) {
        return jdbc.sql("select number from person_telephones where id = :id and person_id = :person")
                .param("id", telephone)
                .param("person", person.value())
                .query(String.class)
                .optional();
    }

    public void updateTelephone(UUID telephone, String number) {
        jdbc.sql("update person_telephones set number = :number where id = :id")
                .param("number", number.trim())
                .param("id", telephone)
                .update();
    }

    /** Addresses and telephones with their rows, for the DPO to choose which one to correct. */
    public List<Item> items(PersonId person) {
        return jdbc.sql("select 'ADDRESS' as field, id, concat_ws(', ', line_1, line_2, town, postcode) as text,"
                        + " created_at from person_addresses where person_id = :person"
                        + " union all select 'TELEPHONE', id, number, created_at from person_telephones"
                        + " where person_id = :person order by 1, 4")
                .param("person", person.value())
                .query((row, n) ->
                        new Item(PersonField.valueOf(row.getString(1)), row.getObject(2, UUID.class), row.getString(3)))
                .list();
    }

    public record Item(PersonField field, UUID id, String text) {}

    /** The notes on the person's cases, named by case and date (never their text). */
    public List<Item> notesAbout(PersonId person) {
        return jdbc.sql("select n.id, c.reference, n.written_at from case_notes n join cases c on c.id = n.case_id"
                        + " where c.child_id = :person order by n.written_at")
                .param("person", person.value())
                .query((row, n) -> new Item(
                        PersonField.CASE_NOTE,
                        row.getObject(1, UUID.class),
                        row.getString(2) + ", written "
                                + row.getTimestamp(3)
                                        .toInstant()
                                        .atZone(org.custodia.platform.UkCalendar.ZONE)
                                        .toLocalDate()))
                .list();
    }

    private void insert(
            String table,
            String textColumn,
            String byColumn,
            String atColumn,
            OrganisationId organisation,
            PersonId person,
            Entry entry) {
        jdbc.sql("insert into " + table + " (id, organisation_id, person_id, field, category, item_id, " + textColumn
                        + ", request_id, " + byColumn + ", " + atColumn
                        + ") values (:id, :organisation, :person, :field, :category, :item, :text, :request, :by, :at)")
                .param("id", entry.id())
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("field", entry.value().field().name())
                .param(
                        "category",
                        entry.value().category() == null
                                ? null
                                : entry.value().category().name())
                .param("item", entry.value().item())
                .param("text", entry.text())
                .param("request", entry.request())
                .param("by", entry.by())
                .param("at", Timestamp.from(entry.at()))
                .update();
    }

    static Entry entry(ResultSet row, int n) throws SQLException {
        String category = row.getString("category");
        return new Entry(
                row.getObject("id", UUID.class),
                new RecordedValue(
                        PersonField.valueOf(row.getString("field")),
                        category == null ? null : SensitiveCategory.valueOf(category),
                        row.getObject("item_id", UUID.class)),
                row.getBytes("text"),
                row.getObject("by_user", UUID.class),
                row.getTimestamp("at").toInstant(),
                row.getObject("request_id", UUID.class));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
