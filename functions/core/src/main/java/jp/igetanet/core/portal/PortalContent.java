package jp.igetanet.core.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the operator maintains on the portal besides announcements: the overview, the terms, the service status. */
public interface PortalContent {

    Optional<Overview> overview(String networkId);

    /** Stores the overview if nobody changed it since {@code expectedVersion} (0: none yet); CONFLICT otherwise. */
    void saveOverview(Overview overview, long expectedVersion);

    /** Every published version of the network's terms, newest first. */
    List<TermsVersion> terms(String networkId);

    /** The version in force on {@code day}: the newest whose effective day has come. */
    default Optional<TermsVersion> termsInForce(String networkId, LocalDate day) {
        return TermsVersion.inForce(terms(networkId), day);
    }

    /** Publishes a new version; CONFLICT when one takes effect on that day already. */
    void publishTerms(TermsVersion version);

    ServiceStatus status(String networkId);

    void saveStatus(ServiceStatus status);
}
