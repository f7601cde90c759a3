package org.custodia.casework;

import org.springframework.security.access.AccessDeniedException;

/** Only holders of a current sensitive-data grant may see or record special-category data. */
public class SensitiveDataGrantRequired extends AccessDeniedException {

    public SensitiveDataGrantRequired() {
        super("You need a sensitive-data grant, given by your administrator once your training is current");
    }
}
