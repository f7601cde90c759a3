package org.custodia.casework;

/**
 * One sensitive field as a reader sees it: recorded and shown, recorded but withheld (the reader has
 * no sensitive-data grant), not recorded, or unreadable (the person's key was destroyed).
 */
public record SensitiveValue(SensitiveCategory category, State state, String value) {

    public enum State {
        SHOWN,
        WITHHELD,
        NOT_RECORDED,
        ERASED,
        /** The stored value does not belong where it is (altered or moved): never shown. */
        UNREADABLE
    }

    public static SensitiveValue shown(SensitiveCategory category, String value) {
        return new SensitiveValue(category, State.SHOWN, value);
    }

    public static SensitiveValue withheld(SensitiveCategory category) {
        return new SensitiveValue(category, State.WITHHELD, null);
    }

    public static SensitiveValue notRecorded(SensitiveCategory category) {
        return new SensitiveValue(category, State.NOT_RECORDED, null);
    }

    public static SensitiveValue erased(SensitiveCategory category) {
        return new SensitiveValue(category, State.ERASED, null);
    }

    public static SensitiveValue unreadable(SensitiveCategory category) {
        return new SensitiveValue(category, State.UNREADABLE, null);
    }
}
