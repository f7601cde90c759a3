package org.custodia.casework.internal;

import org.custodia.casework.PersonId;
import org.custodia.encryption.ErasedSubject;
import org.custodia.encryption.FieldEncryption;
import org.custodia.encryption.FieldRef;
import org.custodia.encryption.UnreadableValue;
import org.springframework.stereotype.Component;

/**
 * Free text of a case record, encrypted under the child's key and bound to its row: whatever it says,
 * it is treated as sensitive. Read back as the text, or as why it cannot be shown.
 */
@Component
public class FreeText {

    private final FieldEncryption encryption;

    FreeText(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    /** The sealed text, or null for none (blank). */
    public byte[] seal(PersonId child, FieldRef where, String text) {
        return text == null || text.isBlank() ? null : encryption.encrypt(child.subject(), where, text.trim());
    }

    /** The text, or what to show instead when the child's key is destroyed or the value was moved. */
    public String open(PersonId child, FieldRef where, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return encryption.decrypt(child.subject(), where, sealed);
        } catch (ErasedSubject e) {
            return StoredText.ERASED;
        } catch (UnreadableValue e) {
            return StoredText.UNREADABLE;
        }
    }

    /** The text if the reader may see it, else null. */
    public String openIf(boolean reveal, PersonId child, FieldRef where, byte[] sealed) {
        return reveal ? open(child, where, sealed) : null;
    }
}
