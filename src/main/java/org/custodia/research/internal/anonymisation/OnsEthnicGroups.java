package org.custodia.research.internal.anonymisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ONS 2021 census ethnic group classification for England and Wales (docs/research.md). */
public final class OnsEthnicGroups {

    public static final String ASIAN = "Asian, Asian British or Asian Welsh";
    public static final String BLACK = "Black, Black British, Black Welsh, Caribbean or African";
    public static final String MIXED = "Mixed or Multiple ethnic groups";
    public static final String WHITE = "White";
    public static final String OTHER = "Other ethnic group";

    /** Each of the 19 categories to its high-level group, in the census's order. */
    public static final Map<String, String> MAJOR_GROUP = build();

    private OnsEthnicGroups() {}

    private static Map<String, String> build() {
        Map<String, String> groups = new LinkedHashMap<>();
        put(groups, ASIAN, List.of("Bangladeshi", "Chinese", "Indian", "Pakistani", "Other Asian"));
        put(groups, BLACK, List.of("African", "Caribbean", "Other Black"));
        put(
                groups,
                MIXED,
                List.of(
                        "White and Asian",
                        "White and Black African",
                        "White and Black Caribbean",
                        "Other Mixed or Multiple ethnic groups"));
        put(
                groups,
                WHITE,
                List.of(
                        "English, Welsh, Scottish, Northern Irish or British",
                        "Irish",
                        "Gypsy or Irish Traveller",
                        "Roma",
                        "Other White"));
        put(groups, OTHER, List.of("Arab", "Any other ethnic group"));
        return java.util.Collections.unmodifiableMap(groups);
    }

    private static void put(Map<String, String> groups, String group, List<String> categories) {
        categories.forEach(category -> groups.put(category, group));
    }
}
