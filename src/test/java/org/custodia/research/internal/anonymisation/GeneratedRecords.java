package org.custodia.research.internal.anonymisation;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated looked-after-child records: date of birth, postcode, ethnicity, sex, legal status; placement type. */
final class GeneratedRecords {

    static final Year REFERENCE_YEAR = Year.of(2026);
    static final List<String> ETHNICITIES = List.copyOf(OnsEthnicGroups.MAJOR_GROUP.keySet());
    static final Map<String, String> LEGAL_STATUS_GROUPS = Map.of(
            "C1 interim care order", "care order",
            "C2 full care order", "care order",
            "V2 single period of accommodation (s20)", "accommodated",
            "V3 short breaks", "accommodated",
            "L1 police protection", "emergency",
            "E1 placement order", "adoption");
    static final List<String> LEGAL_STATUSES = List.copyOf(LEGAL_STATUS_GROUPS.keySet());
    static final List<String> PLACEMENTS =
            List.of("foster", "kinship", "residential", "independent living", "adoption");
    static final List<String> SEXES = List.of("female", "male", "unknown");

    private GeneratedRecords() {}

    static List<String[]> rows(long seed, int count, int postcodes) {
        Random random = new Random(seed);
        List<String[]> rows = new ArrayList<>(count);
        String[] codes = postcodes(random, postcodes);
        for (int i = 0; i < count; i++) {
            String born =
                    LocalDate.of(2008, 1, 1).plusDays(random.nextInt(365 * 18)).toString();
            rows.add(row(random, new String[] {born}, codes));
        }
        return rows;
    }

    /** One record: a birth date and postcode drawn from those given, the rest from the lists above. */
    static String[] row(Random random, String[] birthDates, String[] postcodes) {
        return new String[] {
            birthDates[random.nextInt(birthDates.length)],
            postcodes[random.nextInt(postcodes.length)],
            ETHNICITIES.get(skewed(random, ETHNICITIES.size())),
            SEXES.get(random.nextInt(20) == 0 ? 2 : random.nextInt(2)),
            LEGAL_STATUSES.get(random.nextInt(LEGAL_STATUSES.size())),
            PLACEMENTS.get(skewed(random, PLACEMENTS.size()))
        };
    }

    static String[] postcodes(Random random, int count) {
        String[] areas = {"LS", "BD", "HX", "WF", "HD"};
        String[] codes = new String[count];
        for (int i = 0; i < count; i++) {
            String area = areas[random.nextInt(areas.length)];
            codes[i] = area + (1 + random.nextInt(15)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
        }
        return codes;
    }

    static List<Hierarchy> hierarchies(List<String[]> rows) {
        return List.of(
                Hierarchy.of("date of birth", column(rows, 0), Hierarchies.dateOfBirth(REFERENCE_YEAR, 5)),
                Hierarchy.of("postcode", column(rows, 1), Hierarchies.postcode()),
                Hierarchy.of("ethnicity", column(rows, 2), Hierarchies.ethnicity()),
                Hierarchy.of("sex", column(rows, 3), Hierarchies.keptOrSuppressed()),
                Hierarchy.of(
                        "legal status", column(rows, 4), Hierarchies.grouped(LEGAL_STATUS_GROUPS, "legal status")));
    }

    static List<String> column(List<String[]> rows, int column) {
        return rows.stream().map(row -> row[column]).toList();
    }

    /** Earlier values more often, as real categories are. */
    private static int skewed(Random random, int size) {
        return Math.min(size - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * size / 4));
    }
}
