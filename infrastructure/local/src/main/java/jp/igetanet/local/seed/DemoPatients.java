package jp.igetanet.local.seed;

import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.Withdrawals;
import jp.igetanet.core.record.Attachment;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.Medication;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.time.Retention;
import jp.igetanet.core.record.Vitals;
import jp.igetanet.core.storage.FileStore;
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

    /** The post whose blood pressure the nurse corrected. */
    public static final String CORRECTED_POST = "01KDEM0PST0000000000000007";

    public static final String ANKLE_PHOTO = "01KDEM0ATT0000000000000001";
    /** The receipt of a former patient's withdrawal of consent, purged long ago (§14-2). */
    public static final String WITHDRAWAL = "01KDEM0WDR0000000000000001";
    /** The smallest JPEG: start of image, end of image. */
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    private static final Instant REGISTERED = Instant.parse("2026-10-01T00:30:00Z");
    private static final byte[] SCAN = "%PDF-1.4\n% demo consent form\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final Patients patients;
    private final DemoCareTeams careTeams;
    private final Withdrawals withdrawals;
    private final Posts posts;
    private final S3Client s3;
    private final String bucket;

    public DemoPatients(Patients patients, DemoCareTeams careTeams, Posts posts, Withdrawals withdrawals, S3Client s3,
                        String bucket) {
        this.patients = patients;
        this.careTeams = careTeams;
        this.withdrawals = withdrawals;
        this.posts = posts;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Writes what is missing; running it again changes nothing. */
    public void apply() {
        if (withdrawals.find(WITHDRAWAL).isEmpty()) {
            // a patient who moved away: the family withdrew consent, the nurse filed it, the purge ran that evening
            Instant filed = Instant.parse("2026-10-15T06:00:00Z");
            withdrawals.create(Withdrawal.accepted(WITHDRAWAL, "01KDEM0PAT0000000000000003", DemoSeed.NETWORK_ID,
                    Consent.ConsentGiver.FAMILY, "長男", LocalDate.of(2026, 10, 15), "転居のため家族より電話", DemoSeed.NURSE,
                    DemoSeed.NURSING_STATION, filed));
            withdrawals.startPurge(WITHDRAWAL, filed.plusSeconds(2));
            withdrawals.fixCounts(WITHDRAWAL, 143, 6);
            withdrawals.complete(WITHDRAWAL, filed.plusSeconds(3));
        }
        seed(new Patient(TARO, DemoSeed.NETWORK_ID, "西尾 太郎", "ニシオ タロウ", LocalDate.of(1938, 5, 12), Sex.MALE,
                        "愛知県西尾市寄住町下田22", "39232011", "232132", DemoSeed.NURSE, 1, REGISTERED, REGISTERED),
                "01KDEM0FRM0000000000000001", Consent.ConsentGiver.PATIENT, null, null, null,
                List.of(DemoSeed.NURSE, DemoSeed.FACILITY_ADMIN));
        seed(new Patient(HANA, DemoSeed.NETWORK_ID, "吉良 ハナ", "キラ ハナ", LocalDate.of(1931, 2, 3), Sex.FEMALE,
                        "愛知県西尾市吉良町吉田2-2", null, "232132", DemoSeed.NURSE, 1, REGISTERED, REGISTERED),
                "01KDEM0FRM0000000000000002", Consent.ConsentGiver.FAMILY, "吉良 幸子", "長女", Consent.FamilyReason.UNABLE,
                List.of(DemoSeed.NURSE, DemoSeed.FACILITY_ADMIN, DemoSeed.PHARMACIST));
        // in the order they were posted, so that each patient's latest post is the one its members' lists show last
        for (Post post : demoPosts().stream().sorted(java.util.Comparator.comparing(Post::postedAt)).toList()) {
            CareTeamAccess author = careTeams.member(post.authorId(), post.patientId());
            if (posts.find(author, post.id(), post.postedAt()).isEmpty()) {
                posts.create(author, post);
                patients.notePost(author, post.postedAt());
            }
        }
        // a photo the nurse took of the swollen ankles
        Instant photographed = Instant.parse("2026-10-23T00:40:00Z");
        CareTeamAccess nurse = careTeams.member(DemoSeed.NURSE, TARO);
        if (posts.attachment(nurse, ANKLE_PHOTO, photographed).isEmpty()) {
            String key = FileStore.patientKey(TARO, "attachments", ANKLE_PHOTO);
            s3.putObject(request -> request.bucket(bucket).key(key).contentType("image/jpeg"), RequestBody.fromBytes(PHOTO));
            posts.createAttachment(nurse, new Attachment(TARO, ANKLE_PHOTO, key, "image/jpeg", DemoSeed.NURSE, photographed,
                    Retention.expiresAt(photographed)));
        }
        // the nurse corrects a blood pressure she had copied wrongly; the first version stays in the history
        Post copiedWrongly = demoPosts().stream().filter(post -> post.id().equals(CORRECTED_POST)).findFirst()
                .orElseThrow();
        posts.find(nurse, copiedWrongly.id(), copiedWrongly.postedAt()).filter(post -> post.version() == 1)
                .ifPresent(post -> {
                    Instant at = post.postedAt().plusSeconds(3_600);
                    PostContent c = post.content();
                    Vitals v = c.vitals();
                    posts.correct(nurse, post.replacedBy(DemoSeed.NURSE, at, "血圧の転記誤りのため"), post.corrected(
                            new PostContent(c.category(), c.text(), new Vitals(148, 86, v.pulse(), v.temperature(),
                                    v.spo2(), v.respiration(), v.weight(), v.pain()), c.medications(), c.labResults(),
                                    c.attachmentIds()), at));
                });
    }

    /**
     * A few weeks of the demo nurse's, doctor's and pharmacist's posts: visits, vitals, medications (the hospital's
     * discharge prescription duplicates amlodipine and adds an H2 blocker to the clinic's proton-pump inhibitor),
     * two sets of laboratory results, daily life.
     */
    static List<Post> demoPosts() {
        return List.of(
                post(TARO, 1, PostCategory.VISIT, DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-02T01:00:00Z",
                        "初回訪問診療。心不全（NYHA II）、高血圧。下肢浮腫軽度。内服継続、塩分制限を指導。", null),
                post(TARO, 3, PostCategory.VITALS, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-09T00:30:00Z",
                        "訪問看護。息切れの訴えなし。", new Vitals(138, 82, 76, new BigDecimal("36.5"), 95, 18,
                                new BigDecimal("58.2"), 1)),
                post(TARO, 5, PostCategory.CARE_LIFE, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-16T00:30:00Z",
                        "入浴は週2回デイで実施。夜間トイレ2回。転倒なし。", null),
                post(TARO, 7, PostCategory.VITALS, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-23T00:30:00Z",
                        null, new Vitals(146, 88, 82, new BigDecimal("36.8"), 94, 20, new BigDecimal("59.4"), 2)),
                post(TARO, 8, new PostContent(PostCategory.CONTACT,
                        "体重が1週間で1.2kg増加。浮腫増強あり（写真添付）。主治医へ報告し、次回訪問診療で利尿薬の調整を相談予定。",
                        null, List.of(), List.of(), List.of(ANKLE_PHOTO)),
                        DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-23T00:45:00Z"),
                post(TARO, 9, PostCategory.TREATMENT_COURSE, DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-30T01:00:00Z",
                        "利尿薬を増量。1週後に体重と腎機能を確認。", null),
                post(HANA, 11, PostCategory.VISIT, DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-05T05:00:00Z",
                        "認知症（中等度）。長女と同居。服薬は長女が管理。", new Vitals(124, 70, 68, new BigDecimal("36.2"), 97, 16,
                                null, 0)),
                post(HANA, 12, new PostContent(PostCategory.MEDICATION, "居宅療養管理指導。一包化済み。飲み残しなし。", null,
                        List.of(medication("1190012F4025", "アリセプトＤ錠５ｍｇ", "1", "錠", "1日1回朝食後", "2026-04-01", PRESCRIBER),
                                medication("2344009F2015", "酸化マグネシウム錠３３０ｍｇ", "1", "錠", "1日2回朝夕食後", "2026-06-10", PRESCRIBER),
                                medication("5200139D1037", "ツムラ抑肝散エキス顆粒（医療用）", "2.5", "g", "1日2回朝夕食前", "2026-09-01", PRESCRIBER)),
                        List.of(), List.of()), DemoSeed.PHARMACIST, DemoSeed.PHARMACY, "2026-10-12T06:00:00Z"),
                post(TARO, 2, new PostContent(PostCategory.MEDICATION, "内服薬（いげたクリニック処方）。", null,
                        List.of(medication("2171022F2041", "アムロジン錠５ｍｇ", "1", "錠", "1日1回朝食後", "2026-10-02", CLINIC),
                                medication("2139005F1052", "ラシックス錠２０ｍｇ", "1", "錠", "1日1回朝食後", "2026-10-02", CLINIC),
                                medication("2329023F1020", "タケプロンＯＤ錠１５", "1", "錠", "1日1回朝食後", "2026-10-02", CLINIC)),
                        List.of(), List.of()), DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-02T01:10:00Z"),
                post(TARO, 6, new PostContent(PostCategory.MEDICATION,
                        "西尾市民病院の退院時処方の写しを確認。クリニックの処方と重なる薬があり、主治医に確認中。", null,
                        List.of(medication("2171022F2025", "ノルバスク錠５ｍｇ", "1", "錠", "1日1回朝食後", "2026-10-18", HOSPITAL),
                                medication("2325003F4031", "ガスターＤ錠２０ｍｇ", "1", "錠", "1日2回朝夕食後", "2026-10-18", HOSPITAL)),
                        List.of(), List.of()), DemoSeed.NURSE, DemoSeed.NURSING_STATION, "2026-10-20T00:30:00Z"),
                post(TARO, 4, new PostContent(PostCategory.LAB, "定期採血。", null, List.of(),
                        List.of(lab("3C015000002327101", "クレアチニン", "1.02", "mg/dL", "0.65", "1.07", "2026-10-08"),
                                lab("3C025000002327101", "BUN", "18", "mg/dL", "8", "20", "2026-10-08"),
                                lab("4Z272000002305301", "NT-proBNP", "460", "pg/mL", null, "125", "2026-10-08")),
                        List.of()), DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-09T01:00:00Z"),
                post(TARO, 10, new PostContent(PostCategory.LAB, "利尿薬増量後の確認。腎機能やや悪化、経過観察。", null, List.of(),
                        List.of(lab("3C015000002327101", "クレアチニン", "1.18", "mg/dL", "0.65", "1.07", "2026-10-30"),
                                lab("3C025000002327101", "BUN", "24", "mg/dL", "8", "20", "2026-10-30"),
                                lab("3H015000002327201", "K", "4.1", "mmol/L", "3.6", "4.8", "2026-10-30"),
                                lab("4Z272000002305301", "NT-proBNP", "820", "pg/mL", null, "125", "2026-10-30")),
                        List.of()), DemoSeed.FACILITY_ADMIN, DemoSeed.CLINIC, "2026-10-30T01:05:00Z"));
    }

    private static final String CLINIC = "いげたクリニック";
    private static final String HOSPITAL = "西尾市民病院";
    private static final String PRESCRIBER = "吉良内科医院";

    private static Post post(String patientId, int number, PostCategory category, String author, String facility,
                             String postedAt, String text, Vitals vitals) {
        return post(patientId, number, new PostContent(category, text, vitals, List.of(), List.of(), List.of()), author,
                facility, postedAt);
    }

    private static Post post(String patientId, int number, PostContent content, String author, String facility,
                             String postedAt) {
        Instant at = Instant.parse(postedAt);
        return new Post(patientId, String.format("01KDEM0PST%016d", number), content, author, facility, at,
                Retention.expiresAt(at), 1, at, null);
    }

    private static Medication medication(String yjCode, String name, String dose, String unit, String frequency,
                                         String start, String prescriber) {
        return new Medication(yjCode, name, new BigDecimal(dose), unit, frequency, LocalDate.parse(start), null,
                prescriber);
    }

    private static LabResult lab(String code, String name, String value, String unit, String low, String high,
                                 String specimenDate) {
        return new LabResult(code, name, new BigDecimal(value), null, unit, low == null ? null : new BigDecimal(low),
                new BigDecimal(high), LocalDate.parse(specimenDate));
    }

    private void seed(Patient patient, String formId, Consent.ConsentGiver givenBy, String family, String relation,
                      Consent.FamilyReason reason, List<String> team) {
        if (patients.networkOf(patient.id()).isPresent()) {
            return;
        }
        CareTeamAccess registrant = careTeams.registering(patient.registeredBy(), patient.id());
        String key = FileStore.patientKey(patient.id(), "consent-forms", formId);
        s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/pdf"), RequestBody.fromBytes(SCAN));
        patients.createConsentForm(new ConsentForm(formId, patient.id(), key, "application/pdf", patient.registeredBy(),
                REGISTERED, REGISTERED.plusSeconds(86_400), false));
        patients.create(registrant, patient);
        patients.addConsent(registrant, new Consent(patient.id(), formId, givenBy, family, relation, reason,
                LocalDate.of(2026, 9, 30), patient.registeredBy(), formId, REGISTERED));
        for (String userId : team) {
            DemoSeed.users().stream().filter(user -> user.userId().equals(userId)).findFirst().ifPresent(user ->
                    patients.addMember(registrant, new CareTeamMember(patient.id(), userId, user.facilityId(), DemoSeed.NETWORK_ID,
                            DemoSeed.NETWORK_ID, patient.registeredBy(), REGISTERED), patient.kana()));
        }
        patients.useConsentForm(formId);
    }
}
