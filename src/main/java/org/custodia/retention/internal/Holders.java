package org.custodia.retention.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodia.retention.RecordKind;
import org.custodia.retention.RetainedRecords;
import org.springframework.stereotype.Component;

/** Which module keeps each kind of record; a kind no module keeps has no records yet. */
@Component
public class Holders {

    private final Map<RecordKind, RetainedRecords> byKind = new EnumMap<>(RecordKind.class);

    Holders(List<RetainedRecords> holders) {
        for (RetainedRecords holder : holders) {
            for (RecordKind kind : holder.kinds()) {
                if (byKind.put(kind, holder) != null) {
                    throw new IllegalStateException("Two modules claim to keep " + kind);
                }
            }
        }
    }

    public Optional<RetainedRecords> of(RecordKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public boolean kept(RecordKind kind) {
        return byKind.containsKey(kind);
    }
}
