package org.custodia.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custodia.casework.PersonId;
import org.custodia.casework.SensitiveCategory;
import org.custodia.casework.SensitiveValue;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.custodia.shared.OrganisationId;
import org.custodia.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's special-category values, encrypted under their own key and bound to their row and
 * category. Decrypted only for a reader the caller has found to hold a sensitive-data grant.
 */
@Component
public class SensitiveFields {

    static final String TABLE = "person_sensitive_data";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    SensitiveFields(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    public void record(
            OrganisationId organisation,
            PersonId person,
            SensitiveCategory category,
            String value,
            UserId by,
            Instant now) {
        byte[] ciphertext = encryption.encrypt(person.subject(), field(person, category), value.trim());
        jdbc.sql("""
                        insert into person_sensitive_data (organisation_id, person_id, category, ciphertext,
                            recorded_at, recorded_by)
                        values (:organisation, :person, :category, :ciphertext, :now, :by)
                        on conflict (person_id, category) do update set ciphertext = excluded.ciphertext,
                            recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .param("organisation", organisation.value())
                .param("person", person.value())
                .param("category", category.name())
                .param("ciphertext", ciphertext)
                .param("now", Timestamp.from(now))
                .param("by", by.value())
                .update();
    }

    /** Every category, in order: shown if {@code reveal}, otherwise withheld where recorded. */
    public List<SensitiveValue> read(PersonId person, boolean reveal) {
        Map<SensitiveCategory, byte[]> stored = new EnumMap<>(SensitiveCategory.class);
        jdbc.sql("select category, ciphertext from person_sensitive_data where person_id = :person")
                .param("person", person.value())
                .query(row -> {
                    stored.put(SensitiveCategory.valueOf(row.getString(1)), row.getBytes(2));
                });
        boolean erased = !stored.isEmpty() && encryption.isErased(person.subject());
        List<SensitiveValue> values = new ArrayList<>();
        for (SensitiveCategory category : SensitiveCategory.values()) {
            byte[] ciphertext = stored.get(category);
            if (ciphertext == null) {
                values.add(SensitiveValue.notRecorded(category));
            } else if (erased) {
                values.add(SensitiveValue.erased(category));
            } else if (!reveal) {
                values.add(SensitiveValue.withheld(category));
            } else {
                values.add(decrypt(person, category, ciphertext));
            }
        }
        return values;
    }

    private SensitiveValue decrypt(PersonId person, SensitiveCategory category, byte[] ciphertext) {
        try {
            return SensitiveValue.shown(
                    category, encryption.decrypt(person.subject(), field(person, category), ciphertext));
        } catch (ErasedSubject e) {
            return SensitiveValue.erased(category);
        } catch (UnreadableValue e) {
            return SensitiveValue.unreadable(category);
        }
    }

    static FieldRef field(PersonId person, SensitiveCategory category) {
        return FieldRef.of(TABLE, category.field(), person.value());
    }
}
