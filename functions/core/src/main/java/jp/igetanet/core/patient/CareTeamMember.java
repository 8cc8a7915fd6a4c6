package jp.igetanet.core.patient;

import java.time.Instant;

/**
 * A user in a patient's care team (§13): only members see the patient at all. A member from another network than the
 * patient's home network joined under a collaboration agreement and sees the patient only while it is in force.
 */
public record CareTeamMember(String patientId, String userId, String facilityId, String networkId,
                             String patientNetworkId, String addedBy, Instant addedAt) {
}
