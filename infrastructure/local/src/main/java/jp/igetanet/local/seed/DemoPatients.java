package jp.igetanet.local.seed;

import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.storage.PatientFiles;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Two demo patients of the network 西尾市, registered with consent (one by the patient, one by family) and a scanned
 * form in the bucket, whose care teams include the demo nurse, so that a person can look at patient routes.
 */
public final class DemoPatients {

    public static final String TARO = "01KDEM0PAT0000000000000001";
    public static final String HANA = "01KDEM0PAT0000000000000002";

    private static final Instant REGISTERED = Instant.parse("2026-10-01T00:30:00Z");
    private static final byte[] SCAN = "%PDF-1.4\n% demo consent form\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final Patients patients;
    private final S3Client s3;
    private final String bucket;

    public DemoPatients(Patients patients, S3Client s3, String bucket) {
        this.patients = patients;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Writes what is missing; running it again changes nothing. */
    public void apply() {
        seed(new Patient(TARO, DemoSeed.NETWORK_ID, "西尾 太郎", "ニシオ タロウ", LocalDate.of(1938, 5, 12), Sex.MALE,
                        "愛知県西尾市寄住町下田22", "39232011", "232132", DemoSeed.NURSE, 1, REGISTERED, REGISTERED),
                "01KDEM0FRM0000000000000001", Consent.ConsentGiver.PATIENT, null, null, null,
                List.of(DemoSeed.NURSE, DemoSeed.FACILITY_ADMIN));
        seed(new Patient(HANA, DemoSeed.NETWORK_ID, "吉良 ハナ", "キラ ハナ", LocalDate.of(1931, 2, 3), Sex.FEMALE,
                        "愛知県西尾市吉良町吉田2-2", null, "232132", DemoSeed.NURSE, 1, REGISTERED, REGISTERED),
                "01KDEM0FRM0000000000000002", Consent.ConsentGiver.FAMILY, "吉良 幸子", "長女", Consent.FamilyReason.UNABLE,
                List.of(DemoSeed.NURSE, DemoSeed.FACILITY_ADMIN, DemoSeed.PHARMACIST));
    }

    private void seed(Patient patient, String formId, Consent.ConsentGiver givenBy, String family, String relation,
                      Consent.FamilyReason reason, List<String> team) {
        if (patients.find(patient.id()).isPresent()) {
            return;
        }
        String key = PatientFiles.key(patient.id(), "consent-forms", formId);
        s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/pdf"), RequestBody.fromBytes(SCAN));
        patients.createConsentForm(new ConsentForm(formId, patient.id(), key, "application/pdf", patient.registeredBy(),
                REGISTERED, REGISTERED.plusSeconds(86_400), false));
        patients.create(patient);
        patients.addConsent(new Consent(patient.id(), formId, givenBy, family, relation, reason,
                LocalDate.of(2026, 9, 30), patient.registeredBy(), formId, REGISTERED));
        for (String userId : team) {
            DemoSeed.users().stream().filter(user -> user.userId().equals(userId)).findFirst().ifPresent(user ->
                    patients.addMember(new CareTeamMember(patient.id(), userId, user.facilityId(), DemoSeed.NETWORK_ID,
                            patient.registeredBy(), REGISTERED), patient.kana()));
        }
        patients.useConsentForm(formId);
    }
}
