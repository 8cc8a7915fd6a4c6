package jp.igetanet.core.incident;

import java.time.Instant;

/**
 * A report to the operator (§21): a user who notices an information-security incident, a defect of the system, a
 * lost or stolen device or signs of unauthorised access reports it at once; the operator takes measures and records
 * them (§21-2). Reports hold no health data: they say what happened to the system, not to a patient.
 */
public record IncidentReport(
        String id,
        String networkId,
        String facilityId,
        String reportedBy,
        IncidentKind kind,
        Instant occurredAt,
        String description,
        IncidentStatus status,
        String measures,
        String updatedBy,
        long version,
        Instant reportedAt,
        Instant updatedAt) {

    /** The operator's handling: a new status and the measures taken, by whom, now. */
    public IncidentReport handled(IncidentStatus newStatus, String newMeasures, String userId, Instant at) {
        return new IncidentReport(id, networkId, facilityId, reportedBy, kind, occurredAt, description, newStatus,
                newMeasures, userId, version + 1, reportedAt, at);
    }
}
