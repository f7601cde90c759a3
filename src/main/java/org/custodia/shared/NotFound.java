package org.custodia.shared;

/**
 * Thrown when an object does not exist <em>or</em> belongs to another organisation: the two are
 * deliberately indistinguishable, so another organisation's objects always answer 404.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
