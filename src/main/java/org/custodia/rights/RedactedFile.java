package org.custodia.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodia.personaldata.HeldRecord;
import org.custodia.personaldata.InformationSection;
import org.custodia.personaldata.SubjectFile;
import org.custodia.shared.InvalidInput;

/**
 * A subject file with the DPO's redactions applied: withheld parts read "[withheld]", and each
 * withheld item is listed with its exemption. The names of other people that flagged records for
 * review are the DPO's, not the requester's, and are not carried over.
 */
public record RedactedFile(SubjectFile source, Map<String, List<HeldRecord>> byCategory, List<WithheldItem> withheld) {

    public RedactedFile {
        byCategory = Map.copyOf(byCategory);
        withheld = List.copyOf(withheld);
    }

    /**
     * @throws InvalidInput if a redaction names a record or field not in the file, or a passage not in
     *     its field: a redaction that withholds nothing would let the words it meant to withhold out
     */
    public static RedactedFile of(SubjectFile file, List<Redaction> redactions) {
        Map<String, HeldRecord> records = new LinkedHashMap<>();
        file.records().forEach(r -> records.put(r.id(), r));
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        records.forEach((id, r) -> fields.put(id, new LinkedHashMap<>(r.fields())));
        List<WithheldItem> withheld = new ArrayList<>();
        for (Redaction redaction : redactions) {
            HeldRecord record = records.get(redaction.recordId());
            if (record == null) {
                throw new InvalidInput("redactions", "There is no record " + redaction.recordId() + " in the file");
            }
            Map<String, String> values = fields.get(record.id());
            if (redaction.field() == null) {
                values.replaceAll((name, value) -> Redaction.WITHHELD);
            } else if (!values.containsKey(redaction.field())) {
                throw new InvalidInput(
                        "redactions", "Record " + record.id() + " has no field \"" + redaction.field() + "\"");
            } else if (redaction.passage() == null) {
                values.put(redaction.field(), Redaction.WITHHELD);
            } else {
                String value = values.get(redaction.field());
                if (!value.contains(redaction.passage())) {
                    throw new InvalidInput(
                            "redactions",
                            "The passage to withhold is not in the field \"" + redaction.field() + "\" of record "
                                    + record.id() + ": copy it exactly");
                }
                values.put(redaction.field(), value.replace(redaction.passage(), Redaction.WITHHELD));
            }
            withheld.add(new WithheldItem(record.id(), record.category(), redaction.describe(), redaction.exemption()));
        }
        Map<String, List<HeldRecord>> byCategory = new LinkedHashMap<>();
        for (HeldRecord r : records.values()) {
            byCategory
                    .computeIfAbsent(r.category(), c -> new ArrayList<>())
                    .add(new HeldRecord(r.id(), r.category(), r.recorded(), fields.get(r.id()), List.of()));
        }
        return new RedactedFile(file, byCategory, withheld);
    }

    public List<String> categories() {
        return byCategory.keySet().stream().sorted().toList();
    }

    public List<HeldRecord> recordsIn(String category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public List<InformationSection> supplementary() {
        return source.supplementary();
    }
}
