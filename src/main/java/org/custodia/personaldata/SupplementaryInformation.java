package org.custodia.personaldata;

import java.util.List;
import org.custodia.shared.DataSubjectId;

/**
 * What UK GDPR Art 15(1)(a)-(h) requires beside the data itself (purposes, categories, recipients,
 * retention, source, automated decisions, transfers), contributed by the modules that know it.
 */
public interface SupplementaryInformation {

    /** Sections about the person, in the order they should be read. */
    List<InformationSection> about(DataSubjectId subject);
}
