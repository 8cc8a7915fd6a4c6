package jp.igetanet.core.patient;

import java.time.Instant;

/** A user in a patient's care team (§13): only members see the patient at all. */
public record CareTeamMember(String patientId, String userId, String facilityId, String networkId, String addedBy,
                             Instant addedAt) {
}
