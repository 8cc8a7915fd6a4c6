package jp.igetanet.core.patient;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient (療養者) registered with consent (§14-1): the demographics the care team shares and the home network
 * whose rules govern the patient's data (§4-4/5). Insurer numbers are optional.
 */
public record Patient(
        String id,
        String networkId,
        String name,
        String kana,
        LocalDate birthDate,
        Sex sex,
        String address,
        String medicalInsurerNumber,
        String careInsurerNumber,
        String registeredBy,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** This patient with changed demographics, one version on. */
    public Patient changed(String newName, String newKana, LocalDate newBirthDate, Sex newSex, String newAddress,
                           String newMedicalInsurer, String newCareInsurer, Instant at) {
        return new Patient(id, networkId, newName, newKana, newBirthDate, newSex, newAddress, newMedicalInsurer,
                newCareInsurer, registeredBy, version + 1, createdAt, at);
    }
}
