package org.custodia.casework;

import java.util.List;

/** A person as a reader may see them: sensitive fields are shown, withheld or marked not recorded. */
public record PersonView(
        PersonId id,
        PersonDetails details,
        List<Address> addresses,
        List<Telephone> telephones,
        List<SensitiveValue> sensitive) {

    public record Address(String line1, String line2, String town, String postcode) {}

    public record Telephone(String number, String label) {}

    public boolean deceased() {
        return details.deceased();
    }
}
