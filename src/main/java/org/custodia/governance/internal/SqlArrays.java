package org.custodia.governance.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enum sets as PostgreSQL text arrays. JdbcClient expands Java arrays and collections into lists of
 * parameters, so a set travels as an array literal of enum names (which need no quoting) and a cast.
 */
final class SqlArrays {

    private SqlArrays() {}

    static String literal(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    static <E extends Enum<E>> Set<E> read(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((String[]) array.getArray())
                    .map(name -> Enum.valueOf(type, name))
                    .forEach(values::add);
        }
        return values;
    }
}
