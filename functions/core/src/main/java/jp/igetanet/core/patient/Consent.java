package jp.igetanet.core.patient;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consent to share the patient's information in the network (§14-1): given by the patient, or by family when
 * the patient is a minor or cannot consent (then with the family member's name, relation and the reason),
 * obtained by a user on a date, with the scanned form.
 */
public record Consent(
        String patientId,
        String id,
        ConsentGiver givenBy,
        String familyName,
        String relation,
        FamilyReason reason,
        LocalDate consentedOn,
        String obtainedBy,
        String formId,
        Instant recordedAt) {

    /** Who gave the consent. */
    public enum ConsentGiver {
        PATIENT("patient", "本人"),
        FAMILY("family", "家族");

        private final String code;
        private final String label;

        ConsentGiver(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<ConsentGiver> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(giver -> giver.code.equals(code)).findFirst();
        }
    }

    /** Why family consented instead of the patient (§14-1). */
    public enum FamilyReason {
        MINOR("minor", "未成年のため"),
        UNABLE("unable", "本人の同意が困難なため");

        private final String code;
        private final String label;

        FamilyReason(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<FamilyReason> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
        }
    }
}
