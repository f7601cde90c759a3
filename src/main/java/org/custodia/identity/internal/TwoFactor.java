package org.custodia.identity.internal;

import java.util.OptionalLong;
import org.custodia.encryption.Secrets;
import org.custodia.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * TOTP second factor for a user: the seed is sealed under the master key, bound to the user, and each
 * time step can be used once.
 */
@Component
public class TwoFactor {

    private final UserAccounts accounts;
    private final TotpCodes codes;
    private final Secrets secrets;

    TwoFactor(UserAccounts accounts, TotpCodes codes, Secrets secrets) {
        this.accounts = accounts;
        this.codes = codes;
        this.secrets = secrets;
    }

    public boolean verify(UserAccount user, String code) {
        if (!user.totpEnabled() || user.totpSecret() == null) {
            return false;
        }
        byte[] secret = secrets.open(user.totpSecret(), context(user.id()));
        OptionalLong step = codes.matchingStep(secret, code);
        return step.isPresent() && accounts.advanceTotpStep(user.id(), step.getAsLong());
    }

    /** Turns the factor on if the code proves the person's app holds the new seed. */
    public boolean enrol(UserId user, byte[] secret, String code) {
        OptionalLong step = codes.matchingStep(secret, code);
        if (step.isEmpty()) {
            return false;
        }
        accounts.updateTotp(user, secrets.seal(secret, context(user)), true, step.getAsLong());
        return true;
    }

    public void disable(UserId user) {
        accounts.updateTotp(user, null, false, null);
    }

    /** A seed kept in the session between showing the QR code and the first code. */
    public byte[] sealForEnrolment(UserId user, byte[] secret) {
        return secrets.seal(secret, "totp-enrolment:" + user);
    }

    public byte[] openEnrolment(UserId user, byte[] sealed) {
        return secrets.open(sealed, "totp-enrolment:" + user);
    }

    private static String context(UserId user) {
        return "totp:" + user;
    }
}
