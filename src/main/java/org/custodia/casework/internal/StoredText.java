package org.custodia.casework.internal;

/** What is shown instead of free text that cannot be decrypted. */
final class StoredText {

    /** The person's key was destroyed (crypto-shredded). */
    static final String ERASED = "(erased)";

    /** The ciphertext was altered or moved from another row: it is never shown, and says so. */
    static final String UNREADABLE = "(cannot be shown: the stored value has been altered)";

    private StoredText() {}
}
