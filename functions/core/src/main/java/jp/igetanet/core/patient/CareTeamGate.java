package jp.igetanet.core.patient;

import jakarta.inject.Singleton;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Agreements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one access rule of patient data (§13): only members of the patient's care team get past; to everyone else,
 * the operator included, the patient does not exist (404). One read: a member item exists only beside its patient.
 * A member from another network gets past only while the networks' collaboration agreement is in force (§4-4/5):
 * one more read, for such members only. Its answer, a {@link CareTeamAccess}, is what the repositories require.
 */
@Singleton
public class CareTeamGate {

    private final Memberships memberships;
    private final Agreements agreements;

    public CareTeamGate(Memberships memberships, Agreements agreements) {
        this.memberships = memberships;
        this.agreements = agreements;
    }

    /** Access to the patient if the caller is in its care team; 404 {@code PATIENT_UNKNOWN} otherwise. */
    public CareTeamAccess require(Caller caller, String patientId) {
        return Optional.ofNullable(patientId)
                .filter(SortableIds::isWellFormed)
                .filter(id -> memberships.member(id, caller.userId())
                        .filter(member -> admits(member.patientNetworkId(), member.networkId())).isPresent())
                .map(id -> new CareTeamAccess(id, caller.userId()))
                .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
    }

    /**
     * Whether the caller may register a patient under this id: nobody holds it yet, or the caller's own registration
     * stopped half-way after storing the patient (a retry finishes it).
     */
    public boolean mayRegister(Caller caller, String patientId) {
        return SortableIds.isWellFormed(patientId)
                && memberships.registrant(patientId).map(caller.userId()::equals).orElse(true);
    }

    /**
     * Access for the caller registering a patient under this id, who becomes the first member of its care team;
     * 409 {@code CONFLICT} when the id is another registrant's.
     */
    public CareTeamAccess registering(Caller caller, String patientId) {
        if (!mayRegister(caller, patientId)) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        return new CareTeamAccess(patientId, caller.userId());
    }

    /**
     * One page of the caller's own patients in kana order, each with access to it: a patient of another network stays
     * listed only while the networks' agreement is in force (§4-4/5).
     */
    public Caring patientsOf(Caller caller, Optional<String> kanaPrefix, Optional<String> afterPatientId, int limit) {
        List<Memberships.Caring> page = memberships.patientsOf(caller.userId(), kanaPrefix, afterPatientId, limit);
        Map<String, Boolean> admitted = new HashMap<>();
        List<Cared> items = page.stream()
                .filter(entry -> admitted.computeIfAbsent(String.valueOf(entry.patientNetworkId()),
                        network -> admits(entry.patientNetworkId(), caller.networkId())))
                .map(entry -> new Cared(new CareTeamAccess(entry.patientId(), caller.userId()), entry.unread()))
                .toList();
        return new Caring(items, page.size() == limit ? Optional.of(page.getLast().patientId()) : Optional.empty());
    }

    /** A page of the caller's patients, and where the next page starts if there may be one. */
    public record Caring(List<Cared> items, Optional<String> afterPatientId) {
    }

    /** Access to one of the caller's patients, with the number of its posts the caller has not read. */
    public record Cared(CareTeamAccess access, long unread) {
    }

    /**
     * Whether a member of {@code memberNetworkId} may see a patient of {@code patientNetworkId}: the same network, or
     * an agreement in force (a member item without the patient's network predates agreements: the same network).
     */
    public boolean admits(String patientNetworkId, String memberNetworkId) {
        return patientNetworkId == null || agreements.inForce(patientNetworkId, memberNetworkId);
    }
}
