package jp.igetanet.core.incident;

import java.util.List;
import java.util.Optional;

/** Stores incident reports. */
public interface IncidentReports {

    void create(IncidentReport report);

    Optional<IncidentReport> find(String reportId);

    /** Stores the handled report if the stored one still has {@code expectedVersion}; CONFLICT otherwise. */
    void update(IncidentReport report, long expectedVersion);

    /** A network's reports newest first, optionally in one status, after the given report. */
    List<IncidentReport> ofNetwork(String networkId, Optional<IncidentStatus> status, Optional<String> afterReportId,
                                   int limit);

    /** A facility's reports newest first, optionally in one status and by one reporter, after the given report. */
    List<IncidentReport> ofFacility(String facilityId, Optional<IncidentStatus> status, Optional<String> reportedBy,
                                    Optional<String> afterReportId, int limit);
}
