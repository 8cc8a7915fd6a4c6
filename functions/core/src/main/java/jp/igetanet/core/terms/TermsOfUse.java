package jp.igetanet.core.terms;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The terms of use in force (利用規約): their version is the date they took effect. Using the service after a change
 * counts as agreeing to the changed terms (§11-2, §31-3), so applications must agree to this version and
 * {@code GET /me} shows it.
 */
@Singleton
public class TermsOfUse {

    /** The configuration property of the version: the function environment's {@code TERMS_VERSION}. */
    public static final String VERSION_PROPERTY = "terms.version";

    private final String version;

    public TermsOfUse(@Value("${" + VERSION_PROPERTY + "}") String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }
}
