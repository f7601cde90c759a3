package org.custodia.encryption;

/**
 * A data subject's key row as the caller's own query read it, in the same statement as the values
 * it protects: {@link #column} gives the SQL, {@link #of} reads the result. Reading the key with the
 * values means the read needs no statement of its own, and what it decrypts with is what the
 * database holds at that moment: a key destroyed a moment before is read as destroyed.
 */
public final class StoredSubjectKey {

    private static final byte[] DESTROYED = new byte[0];

    private final byte[] sealed;

    private StoredSubjectKey(byte[] sealed) {
        this.sealed = sealed;
    }

    /**
     * A column expression for a query that has the subject's id as {@code subjectId} (an SQL
     * expression): null if the subject has no key, empty if it was destroyed, else the sealed keyset.
     * Row-level security confines it to the organisation of the transaction.
     */
    public static String column(String subjectId) {
        return "(select coalesce(k.sealed_keyset, '\\x'::bytea) from subject_keys k"
                + " where k.organisation_id = current_organisation() and k.subject_id = " + subjectId + ")";
    }

    /** The value of a {@link #column} as read. */
    public static StoredSubjectKey of(byte[] column) {
        if (column == null) {
            return new StoredSubjectKey(null);
        }
        return new StoredSubjectKey(column.length == 0 ? DESTROYED : column.clone());
    }

    boolean absent() {
        return sealed == null;
    }

    boolean destroyed() {
        return sealed == DESTROYED;
    }

    byte[] sealed() {
        return sealed;
    }

    @Override
    public String toString() {
        return absent() ? "no key" : destroyed() ? "destroyed key" : "sealed key";
    }
}
