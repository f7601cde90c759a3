package org.custodia.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.custodia.shared.DataSubjectId;

/** A person in an organisation's records: a child, a family member or a professional. */
public record PersonId(@JsonValue UUID value) {

    /** The person as a data subject: the owner of an encryption key and of rights. */
    public DataSubjectId subject() {
        return new DataSubjectId(value);
    }

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
