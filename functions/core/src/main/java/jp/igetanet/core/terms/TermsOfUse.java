package jp.igetanet.core.terms;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.TermsVersion;
import jp.igetanet.core.time.Clocks;
import jp.igetanet.core.time.Recent;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The terms of use in force (利用規約): their version is the date they took effect. Using the service after a change
 * counts as agreeing to the changed terms (§11-2, §31-3), so applications must agree to this version and
 * {@code GET /me} shows it. A network's operator publishes versions on the portal; until a network has one in force,
 * the deployment's configured version ({@code TERMS_VERSION}) stands. A network's version is remembered for
 * {@link #REMEMBERED} per function instance: versions hold the whole text, and they change a few times a decade.
 */
@Singleton
public class TermsOfUse {

    /** The configuration property of the version: the function environment's {@code TERMS_VERSION}. */
    public static final String VERSION_PROPERTY = "terms.version";
    /** How long a network's version in force is served from memory. */
    public static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final String configured;
    private final PortalContent content;
    private final Clock clock;
    private final Recent<String> versions;

    public TermsOfUse(@Value("${" + VERSION_PROPERTY + "}") String configured, PortalContent content, Clock clock) {
        this.configured = configured;
        this.content = content;
        this.clock = clock;
        this.versions = new Recent<>(clock, REMEMBERED);
    }

    /** The version in force today in the network (a null or unknown network: the configured version). */
    public String version(String networkId) {
        if (networkId == null || networkId.isBlank()) {
            return configured;
        }
        return versions.get(networkId, network -> content.termsInForce(network,
                LocalDate.ofInstant(clock.instant(), Clocks.JAPAN)).map(TermsVersion::version).orElse(configured));
    }
}
