package org.custodia.personaldata;

import java.util.List;
import java.util.Objects;

/** One heading of the supplementary information (e.g. "Lawful bases"), with its points in order. */
public record InformationSection(String heading, String article, List<String> points) {

    public InformationSection {
        Objects.requireNonNull(heading, "heading");
        article = article == null ? "" : article;
        points = List.copyOf(points);
    }
}
