package jp.igetanet.core.registration;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.Publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A facility's application to take part (§6-1): the facility, its administrator (施設責任者, §4-2), the pledge
 * 様式第1 and its publication choices (§17-2), and the operator's decision once made.
 */
public record RegistrationApplication(
        String id,
        String networkId,
        FacilityDetails facility,
        Administrator administrator,
        Pledge pledge,
        Publication publication,
        RegistrationStatus status,
        Instant submittedAt,
        Instant decidedAt,
        String decidedBy,
        String rejectionReason,
        String administratorUserId,
        long version) {

    /** The facility as applied for. */
    public record FacilityDetails(String name, String kana, FacilityKind kind, String postalCode, String address,
                                  String phone) {
    }

    /** The person who will be the facility's administrator. */
    public record Administrator(String name, String kana, Profession profession, String email) {
    }

    /** いげたネットの利用登録に係る誓約書 (様式第1). */
    public record Pledge(String formVersion, String signer, LocalDate signedOn, String agreedTermsVersion) {
    }

    /** This application as the operator rejected it; the version moves on, for optimistic locking. */
    public RegistrationApplication rejected(Instant at, String operatorId, String reason) {
        return new RegistrationApplication(id, networkId, facility, administrator, pledge, publication,
                RegistrationStatus.REJECTED, submittedAt, at, operatorId, reason, null, version + 1);
    }

    /**
     * This application as the operator approved it: the facility it became has the application's id, and its
     * administrator's user id is recorded.
     */
    public RegistrationApplication approved(Instant at, String operatorId, String administratorId) {
        return new RegistrationApplication(id, networkId, facility, administrator, pledge, publication,
                RegistrationStatus.APPROVED, submittedAt, at, operatorId, null, administratorId, version + 1);
    }
}
