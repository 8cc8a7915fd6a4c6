package jp.igetanet.core.patient;

import java.util.Objects;

/**
 * Proof that the care-team gate let one user into one patient's data (§13). Only {@link CareTeamGate} makes one, and
 * every repository method that reads or writes one patient's data takes it, so forgetting the gate does not compile.
 */
public final class CareTeamAccess {

    private final String patientId;
    private final String userId;

    CareTeamAccess(String patientId, String userId) {
        this.patientId = Objects.requireNonNull(patientId);
        this.userId = Objects.requireNonNull(userId);
    }

    /** The patient the door opened to. */
    public String patientId() {
        return patientId;
    }

    /** The user it opened for. */
    public String userId() {
        return userId;
    }

    /** Fails when a record to be stored belongs to another patient than the one the door opened to. */
    public void requireSamePatient(String otherPatientId) {
        if (!patientId.equals(otherPatientId)) {
            throw new IllegalArgumentException("record of another patient than the access opened to");
        }
    }

    @Override
    public String toString() {
        return "CareTeamAccess[patient=" + patientId + ", user=" + userId + "]";
    }
}
