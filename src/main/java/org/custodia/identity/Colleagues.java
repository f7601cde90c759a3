package org.custodia.identity;

import java.util.List;
import org.custodia.identity.internal.UserAccount;
import org.custodia.identity.internal.UserAccounts;
import org.custodia.shared.Role;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's colleagues, for other modules: who can be put on a case team, who the DPOs are. */
@Component
public class Colleagues {

    public record Colleague(UserId id, String name, String jobRole) {}

    /** How to reach someone in a role the organisation must name, such as its DPO (UK GDPR Art 30(1)(a)). */
    public record Contact(String name, String email) {}

    private final UserAccounts accounts;

    Colleagues(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Active practitioners of the current organisation, by name. */
    @Transactional(readOnly = true)
    public List<Colleague> practitioners() {
        return accounts.withRole(Role.PRACTITIONER).stream()
                .map(Colleagues::colleague)
                .toList();
    }

    /** Active data protection officers of the current organisation, for the record of processing. */
    @Transactional(readOnly = true)
    public List<Contact> dataProtectionOfficers() {
        return accounts.withRole(Role.DATA_PROTECTION_OFFICER).stream()
                .map(user -> new Contact(user.view().fullName(), user.email()))
                .toList();
    }

    /** Whether this is an active practitioner of the current organisation (RLS hides any other). */
    @Transactional(readOnly = true)
    public boolean isActivePractitioner(UserId id) {
        return accounts.find(id)
                .filter(user ->
                        user.status() == UserStatus.ACTIVE && user.roles().contains(Role.PRACTITIONER))
                .isPresent();
    }

    /** Where to email the current organisation's active data protection officers. */
    @Transactional(readOnly = true)
    public List<String> dataProtectionOfficerEmails() {
        return accounts.withRole(Role.DATA_PROTECTION_OFFICER).stream()
                .map(UserAccount::email)
                .toList();
    }

    private static Colleague colleague(UserAccount user) {
        return new Colleague(user.id(), user.view().fullName(), user.details().jobRole());
    }
}
