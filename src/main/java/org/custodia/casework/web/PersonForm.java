package org.custodia.casework.web;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import org.custodia.casework.PersonDetails;

/** The person form as posted: dates come as GOV.UK three-box date inputs. */
record PersonForm(
        String firstName,
        String middleNames,
        String lastName,
        String preferredName,
        String bornDay,
        String bornMonth,
        String bornYear,
        String diedDay,
        String diedMonth,
        String diedYear,
        String nhsNumber,
        String uniquePupilNumber,
        String email,
        String profession,
        String employer) {

    static PersonForm empty() {
        return new PersonForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The values by field name, for the page to show back. */
    Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        for (RecordComponent component : PersonForm.class.getRecordComponents()) {
            try {
                values.put(component.getName(), (String) component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    PersonDetails toDetails() {
        return new PersonDetails(
                firstName,
                middleNames,
                lastName,
                preferredName,
                RecordForms.date("dateOfBirth", "Date of birth", bornDay, bornMonth, bornYear),
                RecordForms.date("dateOfDeath", "Date of death", diedDay, diedMonth, diedYear),
                nhsNumber,
                uniquePupilNumber,
                email,
                profession,
                employer);
    }
}
