package jp.igetanet.posting;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.caller.Callers;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.record.MedicationReview;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.VitalSign;
import jp.igetanet.core.record.InMemoryPosts;
import jp.igetanet.core.patient.CareTeamAccess;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.patient.PatientFixtures.BABA;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostDeskTest {

    private final RecordDesks desks = new RecordDesks();
    private final PostDesk postDesk = desks.postDesk;
    private final Patient aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

    private static PostRequest aVisitNote(String text) {
        return new PostRequest("visit", text, null, null, null, null);
    }

    private static PostRequest vitals(int systolic, int diastolic) {
        return new PostRequest("vitals", null,
                new PostRequest.VitalsRequest(systolic, diastolic, 72, new BigDecimal("36.5"), 97, 16, null, null),
                null, null, null);
    }

    private static PostRequest.MedicationRequest aMedication(String yjCode, String name) {
        return new PostRequest.MedicationRequest(yjCode, name, new BigDecimal("1"), "錠", "1日1回 朝食後", null, null,
                "あおば在宅クリニック");
    }

    private static CorrectionRequest aCorrectedText(String text, String reason) {
        return new CorrectionRequest(null, text, null, null, null, null, reason);
    }

    private Post aPostByTheNurse(String text) {
        return postDesk.create(as(aVisitingNurse()), aoki.id(), aVisitNote(text)).post();
    }

    private long unreadOf(jp.igetanet.core.caller.Caller member) {
        return desks.patientDesk.list(as(member), Optional.empty(), Optional.empty(), 20).items().stream()
                .filter(listed -> listed.patient().id().equals(aoki.id())).findFirst().orElseThrow().unread();
    }

    @Test
    void aMemberPostsAsThemselvesForFiveYearsAndTheOthersHaveItUnread() {
        Post post = aPostByTheNurse("訪問。食事量やや低下。");

        assertEquals(aVisitingNurse().userId(), post.authorId());
        assertEquals(aVisitingNurse().facilityId(), post.authorFacilityId());
        assertEquals(1, post.version());
        assertEquals(RecordDesks.NOW.atOffset(ZoneOffset.ofHours(9)).plusYears(5).toInstant(), post.expiresAt());
        assertEquals(1, unreadOf(aHomeDoctor()));
        assertEquals(0, unreadOf(aVisitingNurse()));
    }

    @Test
    void aNurseOutsideTheCareTeamGetsNotFound() {
        Post post = aPostByTheNurse("訪問。");

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> postDesk.create(as(aPharmacist()), aoki.id(),
                aVisitNote("外から"))));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> postDesk.timeline(as(aPharmacist()), aoki.id(),
                Optional.empty(), Optional.empty(), 20)));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> postDesk.find(as(aPharmacist()), aoki.id(), post.id())));
        assertEquals(List.of(), desks.audit.actionsBy(aPharmacist().userId()));
    }

    @Test
    void theOperatorIsAnsweredAsIfThePatientDidNotExist() {
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> postDesk.timeline(as(anOperator()), aoki.id(),
                Optional.empty(), Optional.empty(), 20)));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> postDesk.timeline(as(aVisitingNurse()), "../patients",
                Optional.empty(), Optional.empty(), 20)));
    }

    @Test
    void aPostWithoutCategoryOrAnythingToSayIsRefusedFieldByField() {
        assertEquals(List.of("category", "text"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), aoki.id(),
                new PostRequest("diary", "  ", null, null, null, null))));
        assertEquals(List.of(), desks.posts.timeline(gateFor(aVisitingNurse()), Optional.empty(), Optional.empty(), 20,
                RecordDesks.NOW));
    }

    @Test
    void implausibleVitalsAreRefusedWithTheirFieldNames() {
        assertEquals(List.of("vitals.systolic"), refusedFields(() ->
                postDesk.create(as(aVisitingNurse()), aoki.id(), vitals(400, 80))));
        assertEquals(List.of("vitals.diastolic"), refusedFields(() ->
                postDesk.create(as(aVisitingNurse()), aoki.id(), vitals(120, 130))));
    }

    @Test
    void onlyAFileUploadedForThisPatientCanBeAttached() {
        Patient baba = aPatientCaredBy(desks.patients, BABA, "馬場 ハル", "ババ ハル", aVisitingNurse());
        AttachmentDesk.Started ofBaba = desks.attachmentDesk.start(as(aVisitingNurse()), baba.id(), "image/jpeg", 2048L);
        desks.files.upload(ofBaba.attachment().objectKey());
        AttachmentDesk.Started notSent = desks.attachmentDesk.start(as(aVisitingNurse()), aoki.id(), "image/jpeg", 2048L);

        assertEquals(List.of("attachmentIds"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), aoki.id(),
                new PostRequest("visit", "創部の写真", null, null, null, List.of(ofBaba.attachment().id())))));
        assertEquals(List.of("attachmentIds"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), aoki.id(),
                new PostRequest("visit", "創部の写真", null, null, null, List.of(notSent.attachment().id())))));

        desks.files.upload(notSent.attachment().objectKey());
        Post post = postDesk.create(as(aVisitingNurse()), aoki.id(),
                new PostRequest("visit", "創部の写真", null, null, null, List.of(notSent.attachment().id()))).post();
        assertEquals(List.of(notSent.attachment().id()), post.content().attachmentIds());
    }

    @Test
    void theTimelineIsNewestFirstPagesAfterThePostGivenAndFiltersByCategory() {
        Post first = aPostByTheNurse("一回目");
        desks.clock.advance(Duration.ofMinutes(1));
        Post second = postDesk.create(as(aHomeDoctor()), aoki.id(), vitals(128, 74)).post();
        desks.clock.advance(Duration.ofMinutes(1));
        Post third = aPostByTheNurse("三回目");

        assertEquals(List.of(third.id(), second.id()), ids(postDesk.timeline(as(aHomeDoctor()), aoki.id(),
                Optional.empty(), Optional.empty(), 2)));
        assertEquals(List.of(first.id()), ids(postDesk.timeline(as(aHomeDoctor()), aoki.id(), Optional.empty(),
                Optional.of(second.id()), 2)));
        assertEquals(List.of(second.id()), ids(postDesk.timeline(as(aHomeDoctor()), aoki.id(),
                Optional.of(PostCategory.VITALS), Optional.empty(), 20)));
    }

    @Test
    void aPostIsGoneFiveYearsAfterItWasPosted() {
        Post post = aPostByTheNurse("五年で消える");
        desks.clock.advance(Duration.between(RecordDesks.NOW, post.expiresAt()).minusSeconds(1));
        assertEquals(post.id(), postDesk.find(as(aHomeDoctor()), aoki.id(), post.id()).post().id());

        desks.clock.advance(Duration.ofSeconds(1));
        assertEquals(ErrorCode.POST_UNKNOWN, refusal(() -> postDesk.find(as(aHomeDoctor()), aoki.id(), post.id())));
        assertEquals(List.of(), postDesk.timeline(as(aHomeDoctor()), aoki.id(), Optional.empty(), Optional.empty(), 20)
                .posts());
    }

    @Test
    void onlyTheAuthorCorrects() {
        Post post = aPostByTheNurse("訪問。");

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> postDesk.correct(as(aHomeDoctor()), aoki.id(), post.id(),
                aCorrectedText("医師が書き換え", "誤記"))));
        assertEquals(1, postDesk.find(as(aHomeDoctor()), aoki.id(), post.id()).post().version());
    }

    @Test
    void aCorrectionKeepsTheReplacedVersionInTheHistory() {
        Post post = aPostByTheNurse("体温 37.8℃");
        desks.clock.advance(Duration.ofMinutes(5));

        PostDesk.Versioned corrected = postDesk.correct(as(aVisitingNurse()), aoki.id(), post.id(),
                aCorrectedText("体温 36.8℃", "測定値の誤記"));

        assertEquals(2, corrected.post().version());
        assertEquals("体温 36.8℃", corrected.post().content().text());
        assertEquals(PostCategory.VISIT, corrected.post().content().category());
        assertEquals(post.postedAt(), corrected.post().postedAt());
        assertEquals(post.expiresAt(), corrected.post().expiresAt());
        assertNull(corrected.post().correction());
        Post replaced = corrected.history().getFirst();
        assertEquals(1, corrected.history().size());
        assertEquals("体温 37.8℃", replaced.content().text());
        assertEquals(new Post.Correction(aVisitingNurse().userId(), desks.clock.instant(), "測定値の誤記"),
                replaced.correction());
        assertEquals(corrected, postDesk.find(as(aHomeDoctor()), aoki.id(), post.id()));
    }

    @Test
    void aCorrectionNeedsAReason() {
        Post post = aPostByTheNurse("訪問。");

        assertEquals(List.of("reason"), refusedFields(() -> postDesk.correct(as(aVisitingNurse()), aoki.id(), post.id(),
                aCorrectedText("訪問しました。", " "))));
    }

    @Test
    void aCorrectionOvertakenByAnotherIsAConflictAndTheOtherStands() {
        // the author corrects from two devices at once: the other correction lands between the read and the write
        InMemoryPosts racing = new InMemoryPosts() {
            private boolean raced;

            @Override
            public synchronized void correct(CareTeamAccess access, Post replaced, Post next) {
                if (!raced) {
                    raced = true;
                    super.correct(access, replaced.replacedBy(replaced.authorId(), next.versionAt(), "別端末で訂正"),
                            replaced.corrected(new jp.igetanet.core.record.PostContent(PostCategory.VISIT,
                                    "別端末の訂正", null, null, null, null), next.versionAt()));
                }
                super.correct(access, replaced, next);
            }
        };
        PostDesk desk = new PostDesk(desks.gate, racing, desks.patients, desks.files, desks.audit, desks.ids, desks.clock);
        Post post = desk.create(as(aVisitingNurse()), aoki.id(), aVisitNote("訪問。")).post();

        assertEquals(ErrorCode.CONFLICT, refusal(() -> desk.correct(as(aVisitingNurse()), aoki.id(), post.id(),
                aCorrectedText("訪問しました。", "言い回し"))));
        PostDesk.Versioned stands = desk.find(as(aVisitingNurse()), aoki.id(), post.id());
        assertEquals("別端末の訂正", stands.post().content().text());
        assertEquals(List.of("訪問。"), stands.history().stream().map(kept -> kept.content().text()).toList());
    }

    @Test
    void theFirstReadingCountsAndOnlyOnce() {
        Post post = aPostByTheNurse("訪問。");
        desks.clock.advance(Duration.ofHours(2));

        assertTrue(postDesk.markRead(as(aHomeDoctor()), aoki.id(), post.id()));
        desks.clock.advance(Duration.ofHours(1));
        assertFalse(postDesk.markRead(as(aHomeDoctor()), aoki.id(), post.id()));

        assertEquals(0, unreadOf(aHomeDoctor()));
        assertEquals(Set.of(post.id()), postDesk.timeline(as(aHomeDoctor()), aoki.id(), Optional.empty(),
                Optional.empty(), 20).read(), "the timeline marks the post read for the reader");
        assertEquals(Set.of(post.id()), postDesk.timeline(as(aVisitingNurse()), aoki.id(), Optional.empty(),
                Optional.empty(), 20).read(), "and for its author, who read it by writing it");
        assertEquals(List.of(aHomeDoctor().userId()), postDesk.readers(as(aVisitingNurse()), aoki.id(), post.id())
                .stream().map(reading -> reading.userId()).toList());
        assertEquals(RecordDesks.NOW.plus(Duration.ofHours(2)),
                postDesk.readers(as(aVisitingNurse()), aoki.id(), post.id()).getFirst().readAt());
    }

    @Test
    void aSecondDrugOfTheSameIngredientIsWarnedAboutAndListedAsCurrent() {
        postDesk.create(as(aHomeDoctor()), aoki.id(), new PostRequest("medication", null, null,
                List.of(aMedication("2149039F1020", "アムロジピン錠5mg「A」")), null, null));
        desks.clock.advance(Duration.ofMinutes(1));

        PostDesk.Created created = postDesk.create(as(aVisitingNurse()), aoki.id(), new PostRequest("medication",
                "持参薬を確認", null, List.of(aMedication("2149039F2025", "アムロジピンOD錠5mg「B」")), null, null));

        assertEquals(1, created.warned().size());
        assertEquals(MedicationReview.Kind.SAME_INGREDIENT, created.warned().getFirst().warnings().getFirst().kind());
        assertEquals(2, postDesk.medications(as(aHomeDoctor()), aoki.id()).items().size());
        assertEquals(List.of(), postDesk.create(as(aVisitingNurse()), aoki.id(), aVisitNote("服薬なし")).warned());
    }

    @Test
    void aVitalSignsSeriesReadsOldestFirstFromTheNewestPosts() {
        Post first = postDesk.create(as(aVisitingNurse()), aoki.id(), vitals(150, 90)).post();
        desks.clock.advance(Duration.ofDays(1));
        aPostByTheNurse("バイタルなし");
        desks.clock.advance(Duration.ofDays(1));
        Post second = postDesk.create(as(aVisitingNurse()), aoki.id(), vitals(140, 85)).post();
        desks.clock.advance(Duration.ofDays(1));
        Post third = postDesk.create(as(aVisitingNurse()), aoki.id(), vitals(132, 80)).post();

        assertEquals(List.of(second.id(), third.id()), ids(postDesk.observations(as(aHomeDoctor()), aoki.id(),
                VitalSign.SYSTOLIC, 2)));
        assertEquals(List.of(first.id(), second.id(), third.id()), ids(postDesk.observations(as(aHomeDoctor()),
                aoki.id(), VitalSign.SYSTOLIC, 10)));
    }

    @Test
    void aLabSeriesIsBySpecimenDateAndLeavesOutQualitativeResults() {
        String hba1c = "3D046000002227101";
        postDesk.create(as(aHomeDoctor()), aoki.id(), new PostRequest("lab", null, null, null, List.of(
                new PostRequest.LabResultRequest(hba1c, "HbA1c", new BigDecimal("7.2"), null, "%", null, null,
                        "2026-11-20"),
                new PostRequest.LabResultRequest(hba1c, "HbA1c", null, "測定不能", null, null, null, "2026-11-21")),
                null));
        desks.clock.advance(Duration.ofMinutes(1));
        postDesk.create(as(aHomeDoctor()), aoki.id(), new PostRequest("lab", "前医の結果", null, null, List.of(
                new PostRequest.LabResultRequest(hba1c, "HbA1c", new BigDecimal("7.8"), null, "%", null, null,
                        "2026-08-01")), null));

        List<PostDesk.LabPoint> series = postDesk.labSeries(as(aVisitingNurse()), aoki.id(), hba1c, 10);

        assertEquals(List.of(new BigDecimal("7.8"), new BigDecimal("7.2")),
                series.stream().map(point -> point.result().value()).toList());
    }

    @Test
    void aLabResultDatedTomorrowIsRefused() {
        assertEquals(List.of("labResults[0].specimenDate"), refusedFields(() -> postDesk.create(as(aHomeDoctor()),
                aoki.id(), new PostRequest("lab", null, null, null, List.of(new PostRequest.LabResultRequest(null,
                        "CRP", new BigDecimal("0.3"), null, "mg/dL", null, null,
                        RecordDesks.NOW.atOffset(ZoneOffset.ofHours(9)).toLocalDate().plus(Period.ofDays(1))
                                .toString())), null))));
    }

    @Test
    void everyReadAndWriteIsAuditedAgainstThePatientWithoutContent() {
        Post post = aPostByTheNurse("訪問。");
        postDesk.timeline(as(aVisitingNurse()), aoki.id(), Optional.empty(), Optional.empty(), 20);
        postDesk.find(as(aVisitingNurse()), aoki.id(), post.id());
        postDesk.correct(as(aVisitingNurse()), aoki.id(), post.id(), aCorrectedText("訪問しました。", "言い回し"));
        postDesk.markRead(as(aVisitingNurse()), aoki.id(), post.id());
        postDesk.readers(as(aVisitingNurse()), aoki.id(), post.id());
        postDesk.medications(as(aVisitingNurse()), aoki.id());
        postDesk.observations(as(aVisitingNurse()), aoki.id(), VitalSign.PULSE, 10);

        assertEquals(List.of(AuditAction.POST_CREATED, AuditAction.TIMELINE_READ, AuditAction.POST_READ,
                AuditAction.POST_CORRECTED, AuditAction.POST_MARKED_READ, AuditAction.POST_READERS_READ,
                AuditAction.MEDICATIONS_READ, AuditAction.OBSERVATIONS_READ), desks.audit.actionsBy(aVisitingNurse().userId()));
        AuditEvent created = desks.audit.events().getFirst();
        assertEquals("patient", created.targetType());
        assertEquals(aoki.id(), created.targetId());
        assertEquals(Callers.FROM_THE_APP.requestId(), created.requestId());
        assertEquals(Callers.FROM_THE_APP.sourceIp(), created.sourceIp());
    }

    private CareTeamAccess gateFor(jp.igetanet.core.caller.Caller caller) {
        return desks.gate.require(caller, aoki.id());
    }

    private static List<String> ids(List<Post> posts) {
        return posts.stream().map(Post::id).toList();
    }

    private static List<String> ids(PostDesk.Timeline timeline) {
        return ids(timeline.posts());
    }
}
