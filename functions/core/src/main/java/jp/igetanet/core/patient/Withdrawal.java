package jp.igetanet.core.patient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A withdrawal of consent (§14-2) and, once its purge has run, the receipt that remains of it. While the purge runs
 * it holds the patient's id and the note; the completed receipt keeps neither, only the non-reversible
 * {@link #patientRef()}, who asked and when, who filed it, the counts of what was deleted and when.
 *
 * @param requestedBy who withdrew: the patient or family ({@code relation} then says how they are related)
 * @param receivedOn  the day the request reached the care team
 * @param items       the domain-table items deleted, counted once before the first deletion (null until then)
 * @param objects     the files deleted, counted likewise
 */
public record Withdrawal(
        String id,
        String patientRef,
        String patientId,
        String networkId,
        Consent.ConsentGiver requestedBy,
        String relation,
        LocalDate receivedOn,
        String note,
        String filedBy,
        String filedByFacilityId,
        Instant acceptedAt,
        WithdrawalStatus status,
        Instant startedAt,
        Instant finishedAt,
        Long items,
        Long objects) {

    /** A withdrawal just filed: accepted, nothing deleted yet. */
    public static Withdrawal accepted(String id, String patientId, String networkId, Consent.ConsentGiver requestedBy,
                                      String relation, LocalDate receivedOn, String note, String filedBy,
                                      String filedByFacilityId, Instant at) {
        return new Withdrawal(id, patientRef(patientId), patientId, networkId, requestedBy, relation, receivedOn, note,
                filedBy, filedByFacilityId, at, WithdrawalStatus.ACCEPTED, null, null, null, null);
    }

    /**
     * The patient's reference on a receipt: SHA-256 of the id, so that the operator can find the receipt of a patient
     * id seen in the audit log, while the receipt itself leads to no one.
     */
    public static String patientRef(String patientId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("patient:" + patientId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
