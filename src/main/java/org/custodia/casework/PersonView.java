package org.custodia.casework;

import java.util.List;

/**
 * A person as a reader may see them: sensitive fields are shown, withheld or marked not recorded; the
 * person's own statements about their values go with them; {@code restriction} is set when the data is
 * restricted and the reader is using it for an allowed purpose.
 */
public record PersonView(
        PersonId id,
        PersonDetails details,
        List<Address> addresses,
        List<Telephone> telephones,
        List<SensitiveValue> sensitive,
        List<PersonStatement> statements,
        RestrictionNotice restriction) {

    public PersonView(
            PersonId id,
            PersonDetails details,
            List<Address> addresses,
            List<Telephone> telephones,
            List<SensitiveValue> sensitive) {
        this(id, details, addresses, telephones, sensitive, List.of(), null);
    }

    public record Address(String line1, String line2, String town, String postcode) {}

    public record Telephone(String number, String label) {}

    public boolean deceased() {
        return details.deceased();
    }
}
