package org.custodia.casework;

import java.time.LocalDate;

/**
 * The ordinary (not special-category) facts about a person, as entered. Professionals have a
 * profession and employer; children may have an NHS number and a unique pupil number.
 */
public record PersonDetails(
        String firstName,
        String middleNames,
        String lastName,
        String preferredName,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        String nhsNumber,
        String uniquePupilNumber,
        String email,
        String profession,
        String employer) {

    public boolean deceased() {
        return dateOfDeath != null;
    }

    public boolean professional() {
        return profession != null && !profession.isBlank();
    }

    public String fullName() {
        StringBuilder name = new StringBuilder(firstName == null ? "" : firstName.trim());
        if (middleNames != null && !middleNames.isBlank()) {
            name.append(' ').append(middleNames.trim());
        }
        return name.append(' ')
                .append(lastName == null ? "" : lastName.trim())
                .toString()
                .trim();
    }
}
