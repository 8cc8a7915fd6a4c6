package jp.igetanet.core.patient;

import java.util.List;
import java.util.Optional;

/**
 * The reads the care-team gate decides on: who is in a patient's team, a user's own patients, who registered a
 * patient. Only {@link CareTeamGate} uses them (an architecture rule keeps it so); everything else gets a
 * {@link CareTeamAccess} from the gate.
 */
public interface Memberships {

    /** The member, unless absent or withdrawn: the gate's one read. */
    Optional<CareTeamMember> member(String patientId, String userId);

    /**
     * A user's patients, each with how many posts the user has not read yet: the latest posted to first, or, with a
     * {@code kanaPrefix}, those whose kana starts with it in kana order.
     */
    List<Caring> patientsOf(String userId, Optional<String> kanaPrefix, Optional<String> afterPatientId, int limit);

    /** One of a user's patients, its home network, and the number of posts the user has not read. */
    record Caring(String patientId, String patientNetworkId, long unread) {
    }

    /** Who registered the patient, if a patient of this id is stored and not withdrawn. */
    Optional<String> registrant(String patientId);
}
