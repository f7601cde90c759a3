package org.custodia.governance.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custodia.governance.Country;

/** The ISO 3166-1 alpha-2 countries and territories, named in British English (from the JDK's list). */
public final class Countries {

    private static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.UK)))
            .sorted(Comparator.comparing(Country::name))
            .toList();

    private Countries() {}

    public static List<Country> all() {
        return ALL;
    }

    /** Every country but the UK itself: the destinations of an international transfer. */
    public static List<Country> abroad() {
        return ALL.stream().filter(c -> !c.code().equals("GB")).toList();
    }

    public static Optional<Country> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.code().equals(wanted)).findFirst();
    }
}
