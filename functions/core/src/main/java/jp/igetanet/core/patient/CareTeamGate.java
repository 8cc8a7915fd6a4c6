package jp.igetanet.core.patient;

import jakarta.inject.Singleton;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;

import java.util.Optional;

/**
 * The one access rule of patient data (§13): only members of the patient's care team get past; to everyone else,
 * the operator included, the patient does not exist (404). One read: a member item exists only beside its patient.
 */
@Singleton
public class CareTeamGate {

    private final Patients patients;

    public CareTeamGate(Patients patients) {
        this.patients = patients;
    }

    /** The patient's id if the caller is in its care team; 404 {@code PATIENT_UNKNOWN} otherwise. */
    public String memberOf(Caller caller, String patientId) {
        return Optional.ofNullable(patientId)
                .filter(SortableIds::isWellFormed)
                .filter(id -> patients.member(id, caller.userId()).isPresent())
                .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
    }
}
