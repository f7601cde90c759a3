package org.custodia.encryption.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.custodia.encryption.FieldRef;
import org.custodia.shared.DataSubjectId;
import org.custodia.shared.OrganisationId;

/**
 * The associated data that binds each sealed key and each encrypted value to its place. Every part
 * is written as a 4-byte length and its UTF-8 bytes, after a label naming the kind of binding, so
 * no two different tuples give the same bytes whatever characters the names contain (a separator
 * inside a table name cannot shift a boundary, and a key's binding never equals a value's).
 */
public final class AssociatedData {

    private static final String ORGANISATION_KEY = "custodia/organisation-key/v1";
    private static final String SUBJECT_KEY = "custodia/subject-key/v1";
    private static final String FIELD_VALUE = "custodia/field-value/v1";

    private AssociatedData() {}

    public static byte[] ofOrganisationKey(OrganisationId organisation) {
        return encode(ORGANISATION_KEY, organisation.toString());
    }

    public static byte[] ofSubjectKey(OrganisationId organisation, DataSubjectId subject) {
        return encode(SUBJECT_KEY, organisation.toString(), subject.toString());
    }

    public static byte[] ofFieldValue(OrganisationId organisation, DataSubjectId subject, FieldRef field) {
        return encode(
                FIELD_VALUE, organisation.toString(), subject.toString(), field.table(), field.field(), field.rowId());
    }

    static byte[] encode(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = strictUtf8(part);
            out.writeBytes(
                    ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    // String.getBytes would turn a lone surrogate into '?', so two different names could share bytes.
    private static byte[] strictUtf8(String part) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(part));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "Not valid Unicode text (a lone surrogate?): cannot bind a value to it", e);
        }
    }
}
