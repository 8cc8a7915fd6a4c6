package jp.igetanet.local.seed;

import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.record.Attachment;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.record.Retention;
import jp.igetanet.core.record.Vitals;
import jp.igetanet.core.storage.PatientFiles;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.math.BigDecimal;
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

    public static final String ANKLE_PHOTO = "01KDEM0ATT0000000000000001";
    /** The smallest JPEG: start of image, end of image. */
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    private static final Instant REGISTERED = Instant.parse("2026-10-01T00:30:00Z");
    private static final byte[] SCAN = "%PDF-1.4\n% demo consent form\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final Patients patients;
    private final Posts posts;
    private final S3Client s3;
    private final String bucket;

    public DemoPatients(Patients patients, Posts posts, S3Client s3, String bucket) {
        this.patients = patients;
        this.posts = posts;
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
        for (Post post : demoPosts()) {
            if (posts.find(post.patientId(), post.id(), post.postedAt()).isEmpty()) {
                posts.create(post);
            }
        }
        // a photo the nurse took of the swollen ankles
        Instant photographed = Instant.parse("2026-10-23T00:40:00Z");
        if (posts.attachment(TARO, ANKLE_PHOTO, photographed).isEmpty()) {
            String key = PatientFiles.key(TARO, "attachments", ANKLE_PHOTO);
            s3.putObject(request -> request.bucket(bucket).key(key).contentType("image/jpeg"), RequestBody.fromBytes(PHOTO));
            posts.createAttachment(new Attachment(TARO, ANKLE_PHOTO, key, "image/jpeg", DemoSeed.NURSE, photographed,
                    Retention.expiresAt(photographed)));
        }
        // the nurse corrects a blood pressure she had copied wrongly; the first version stays in the history
        Post copiedWrongly = demoPosts().get(3);
        posts.find(TARO, copiedWrongly.id(), copiedWrongly.postedAt()).filter(post -> post.version() == 1)
                .ifPresent(post -> {
                    Instant at = post.postedAt().plusSeconds(3_600);
                    Vitals v = post.vitals();
                    posts.correct(post.replacedBy(DemoSeed.NURSE, at, "血圧の転記誤りのため"), post.corrected(post.category(),
                            post.text(), new Vitals(148, 86, v.pulse(), v.temperature(), v.spo2(), v.respiration(),
                                    v.weight(), v.pain()), at));
                });
    }

    /** A few weeks of the demo nurse's, doctor's and pharmacist's posts: visits, vitals, medication, daily life. */
    static List<Post> demoPosts() {
        return List.of(
                post(TARO, 1, PostCategory.VISIT, DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-02T01:00:00Z",
                        "初回訪問診療。心不全（NYHA II）、高血圧。下肢浮腫軽度。内服継続、塩分制限を指導。", null),
                post(TARO, 2, PostCategory.VITALS, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-09T00:30:00Z",
                        "訪問看護。息切れの訴えなし。", new Vitals(138, 82, 76, new BigDecimal("36.5"), 95, 18,
                                new BigDecimal("58.2"), 1)),
                post(TARO, 3, PostCategory.CARE_LIFE, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-16T00:30:00Z",
                        "入浴は週2回デイで実施。夜間トイレ2回。転倒なし。", null),
                post(TARO, 4, PostCategory.VITALS, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-23T00:30:00Z",
                        null, new Vitals(146, 88, 82, new BigDecimal("36.8"), 94, 20, new BigDecimal("59.4"), 2)),
                post(TARO, 5, PostCategory.CONTACT, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-23T00:45:00Z",
                        "体重が1週間で1.2kg増加。浮腫増強あり。主治医へ報告し、次回訪問診療で利尿薬の調整を相談予定。", null),
                post(TARO, 6, PostCategory.TREATMENT_COURSE, DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-30T01:00:00Z",
                        "利尿薬を増量。1週後に体重と腎機能を確認。", null),
                post(HANA, 7, PostCategory.VISIT, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-05T05:00:00Z",
                        "認知症（中等度）。長女と同居。服薬は長女が管理。", new Vitals(124, 70, 68, new BigDecimal("36.2"), 97, 16,
                                null, 0)),
                post(HANA, 8, PostCategory.MEDICATION, DemoSeed.PHARMACIST, DemoSeed.PHARMACY, "2026-10-12T06:00:00Z",
                        "居宅療養管理指導。一包化済み。飲み残しなし。", null));
    }

    private static Post post(String patientId, int number, PostCategory category, String author, String facility,
                             String postedAt, String text, Vitals vitals) {
        Instant at = Instant.parse(postedAt);
        return new Post(patientId, String.format("01KDEM0PST%016d", number), category, text, vitals, author, facility,
                at, Retention.expiresAt(at), 1, at, null);
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
