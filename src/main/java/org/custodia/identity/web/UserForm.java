package org.custodia.identity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custodia.identity.UserDetails;
import org.custodia.identity.UserView;
import org.custodia.platform.Form;
import org.custodia.shared.Role;

/** The user form as the page posts it; the date of birth comes as three GOV.UK date-input fields. */
public class UserForm {

    private String title = "";
    private String firstName = "";
    private String middleName = "";
    private String lastName = "";
    private String email = "";
    private String jobRole = "";
    private String dobDay = "";
    private String dobMonth = "";
    private String dobYear = "";
    private boolean attestedSixteenOrOver;
    private List<Role> roles = new ArrayList<>();

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.title = nullToEmpty(user.title());
        form.firstName = user.firstName();
        form.middleName = nullToEmpty(user.middleName());
        form.lastName = user.lastName();
        form.email = user.email();
        form.jobRole = user.jobRole();
        if (user.dateOfBirth() != null) {
            form.dobDay = String.valueOf(user.dateOfBirth().getDayOfMonth());
            form.dobMonth = String.valueOf(user.dateOfBirth().getMonthValue());
            form.dobYear = String.valueOf(user.dateOfBirth().getYear());
        }
        form.attestedSixteenOrOver = user.attestedSixteenOrOver();
        form.roles = new ArrayList<>(user.roles());
        return form;
    }

    UserDetails toDetails() {
        Set<Role> chosen = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        return new UserDetails(
                title, firstName, middleName, lastName, email, jobRole, dateOfBirth(), attestedSixteenOrOver, chosen);
    }

    private LocalDate dateOfBirth() {
        Form form = new Form();
        LocalDate born = form.date("dateOfBirth", "Date of birth", "27 3 1985", dobDay, dobMonth, dobYear);
        form.check();
        return born;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = jobRole;
    }

    public String getDobDay() {
        return dobDay;
    }

    public void setDobDay(String dobDay) {
        this.dobDay = dobDay;
    }

    public String getDobMonth() {
        return dobMonth;
    }

    public void setDobMonth(String dobMonth) {
        this.dobMonth = dobMonth;
    }

    public String getDobYear() {
        return dobYear;
    }

    public void setDobYear(String dobYear) {
        this.dobYear = dobYear;
    }

    public boolean isAttestedSixteenOrOver() {
        return attestedSixteenOrOver;
    }

    public void setAttestedSixteenOrOver(boolean attested) {
        this.attestedSixteenOrOver = attested;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}
