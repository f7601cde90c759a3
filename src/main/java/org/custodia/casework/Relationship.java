package org.custodia.casework;

/** "{@code person} is the {@code kind} of {@code relatedTo}", between two people the reader can see. */
public record Relationship(PersonSummary person, RelationshipKind kind, PersonSummary relatedTo) {

    public String sentence() {
        return person.name() + " is " + (kind == RelationshipKind.PROFESSIONAL_INVOLVED ? "a " : "the ") + kind.phrase()
                + (kind == RelationshipKind.PROFESSIONAL_INVOLVED ? " " : " of ") + relatedTo.name();
    }
}
