package jp.igetanet.core.patient;

import jakarta.inject.Singleton;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Agreements;

import java.util.Optional;

/**
 * The one access rule of patient data (§13): only members of the patient's care team get past; to everyone else,
 * the operator included, the patient does not exist (404). One read: a member item exists only beside its patient.
 * A member from another network gets past only while the networks' collaboration agreement is in force (§4-4/5):
 * one more read, for such members only.
 */
@Singleton
public class CareTeamGate {

    private final Patients patients;
    private final Agreements agreements;

    public CareTeamGate(Patients patients, Agreements agreements) {
        this.patients = patients;
        this.agreements = agreements;
    }

    /** The patient's id if the caller is in its care team; 404 {@code PATIENT_UNKNOWN} otherwise. */
    public String memberOf(Caller caller, String patientId) {
        return Optional.ofNullable(patientId)
                .filter(SortableIds::isWellFormed)
                .filter(id -> patients.member(id, caller.userId())
                        .filter(member -> admits(member.patientNetworkId(), member.networkId())).isPresent())
                .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
    }

    /**
     * Whether a member of {@code memberNetworkId} may see a patient of {@code patientNetworkId}: the same network, or
     * an agreement in force (a member item without the patient's network predates agreements: the same network).
     */
    public boolean admits(String patientNetworkId, String memberNetworkId) {
        return patientNetworkId == null || agreements.inForce(patientNetworkId, memberNetworkId);
    }
}
