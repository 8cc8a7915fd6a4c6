package jp.igetanet.core.account;

import java.util.Locale;

/**
 * How a temporary password reaches its user (§6-2): handed over in person from the API's answer, as
 * municipalities do, or e-mailed by Cognito's invitation, in which case the API never shows it.
 */
public enum PasswordDelivery {
    HANDOVER,
    EMAIL;

    /** The configuration property: the function environment's {@code TEMPORARY_PASSWORD_DELIVERY}. */
    public static final String PROPERTY = "temporary.password.delivery";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code email} chooses e-mail; anything else is the safe default, handing over. */
    public static PasswordDelivery fromCode(String code) {
        return "email".equalsIgnoreCase(code == null ? "" : code.strip()) ? EMAIL : HANDOVER;
    }
}
