package jp.igetanet.core.record;

import jp.igetanet.core.time.Retention;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicate-medication warnings with real YJ codes (薬価基準, 2025-07-16 listing; ../shared/data/yj-codes-sample.csv),
 * including the pairs a rule on the four-digit therapeutic class gets wrong both ways.
 */
class MedicationReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    // YJ codes from the sample; the comment names the product
    private static final String NORVASC = "2171022F2025";      // ノルバスク錠５ｍｇ (amlodipine)
    private static final String AMLODIN = "2171022F2041";      // アムロジン錠５ｍｇ (amlodipine, other brand)
    private static final String TAKEPRON_15 = "2329023F1020";  // タケプロンＯＤ錠１５ (lansoprazole)
    private static final String TAKEPRON_30 = "2329023F2027";  // タケプロンＯＤ錠３０ (lansoprazole)
    private static final String NEXIUM = "2329029M2023";       // ネキシウムカプセル２０ｍｇ (esomeprazole)
    private static final String MUCOSTA = "2329021F1102";      // ムコスタ錠１００ｍｇ (rebamipide)
    private static final String GASTER = "2325003F4031";       // ガスターＤ錠２０ｍｇ (famotidine)
    private static final String MYSLEE = "1129009F1025";       // マイスリー錠５ｍｇ (zolpidem)
    private static final String LENDORMIN = "1124009F2025";    // レンドルミンＤ錠０．２５ｍｇ (brotizolam)
    private static final String DEPAS = "1179025F1026";        // デパス錠０．５ｍｇ (etizolam)
    private static final String BELSOMRA = "1190023F1024";     // ベルソムラ錠１５ｍｇ (suvorexant)
    private static final String ARICEPT = "1190012F2022";      // アリセプト錠５ｍｇ (donepezil)
    private static final String ARICEPT_D = "1190012F4025";    // アリセプトＤ錠５ｍｇ (donepezil, OD tablet)
    private static final String LYRICA = "1190017F2025";       // リリカＯＤ錠７５ｍｇ (pregabalin)
    private static final String WARFARIN = "3332001F1016";     // ワルファリンカリウム錠
    private static final String ELIQUIS = "3339004F1029";      // エリキュース錠２．５ｍｇ (apixaban)
    private static final String ASPIRIN = "3399007H1013";      // アスピリン１００ｍｇ腸溶錠
    private static final String LOXONIN = "1149019F1560";      // ロキソニン錠６０ｍｇ
    private static final String CALONAL = "1141007F1063";      // カロナール錠２００ (acetaminophen)
    private static final String LIPITOR = "2189015F2020";      // リピトール錠１０ｍｇ (atorvastatin)
    private static final String CRESTOR = "2189017F1022";      // クレストール錠２．５ｍｇ (rosuvastatin)

    private int posted;

    @Test
    void theSameIngredientFromTwoPrescribersWarnsWhateverTheBrand() {
        List<MedicationReview.Current> current = review(
                post(medication(AMLODIN, "いげたクリニック")), post(medication(NORVASC, "西尾市民病院")));
        assertEquals(List.of(MedicationReview.Kind.SAME_INGREDIENT), kinds(current.get(0)));
        assertEquals(List.of(MedicationReview.Kind.SAME_INGREDIENT), kinds(current.get(1)));
        // newest first: the hospital's entry, then the clinic's, each naming the other
        assertEquals(AMLODIN, current.get(0).warnings().getFirst().others().getFirst().medication().yjCode());
        assertEquals(NORVASC, current.get(1).warnings().getFirst().others().getFirst().medication().yjCode());
    }

    @Test
    void twoStrengthsOrFormsOfOneIngredientWarn() {
        assertEquals(List.of(MedicationReview.Kind.SAME_INGREDIENT),
                kinds(review(post(medication(TAKEPRON_15, "A"), medication(TAKEPRON_30, "A"))).getFirst()));
        assertEquals(List.of(MedicationReview.Kind.SAME_INGREDIENT),
                kinds(review(post(medication(ARICEPT, "A")), post(medication(ARICEPT_D, "B"))).getFirst()));
    }

    @Test
    void sharingAFourDigitClassIsNotADuplicate() {
        // 2329: lansoprazole and rebamipide; 1190: donepezil, pregabalin and suvorexant; 2189 is shared by statins
        // and other lipid drugs, but each pair here is two different, legitimately combined drugs
        assertNoWarnings(review(post(medication(TAKEPRON_15, "A"), medication(MUCOSTA, "A"))));
        assertNoWarnings(review(post(medication(ARICEPT, "A"), medication(LYRICA, "B"), medication(BELSOMRA, "C"))));
        // 114x: loxoprofen (an NSAID) with acetaminophen (not one)
        assertNoWarnings(review(post(medication(LOXONIN, "A"), medication(CALONAL, "B"))));
        // low-dose aspirin is an antiplatelet, not an anticoagulant
        assertNoWarnings(review(post(medication(WARFARIN, "A"), medication(ASPIRIN, "B"))));
    }

    @Test
    void aCuratedGroupFindsDuplicatesAcrossFourDigitClasses() {
        // lansoprazole 2329 with famotidine 2325: a proton-pump inhibitor and an H2 blocker
        MedicationReview.Current lansoprazole = review(post(medication(TAKEPRON_15, "いげたクリニック")),
                post(medication(GASTER, "西尾市民病院"))).get(1);
        assertEquals(List.of(MedicationReview.Kind.SAME_GROUP), kinds(lansoprazole));
        assertEquals(TherapeuticGroup.ACID_SUPPRESSANTS, lansoprazole.warnings().getFirst().group());
        // zolpidem 1129, brotizolam 1124, etizolam 1179: three benzodiazepine-receptor agonists
        List<MedicationReview.Current> hypnotics = review(post(medication(MYSLEE, "A"), medication(LENDORMIN, "B"),
                medication(DEPAS, "C")));
        hypnotics.forEach(entry -> {
            assertEquals(TherapeuticGroup.BENZODIAZEPINE_RECEPTOR_AGONISTS, entry.warnings().getFirst().group());
            assertEquals(2, entry.warnings().getFirst().others().size());
        });
        // warfarin 3332 and apixaban 3339
        assertEquals(TherapeuticGroup.ANTICOAGULANTS,
                review(post(medication(WARFARIN, "A"), medication(ELIQUIS, "B"))).getFirst().warnings().getFirst().group());
        assertEquals(TherapeuticGroup.STATINS,
                review(post(medication(LIPITOR, "A"), medication(CRESTOR, "B"))).getFirst().warnings().getFirst().group());
        assertEquals(TherapeuticGroup.ACID_SUPPRESSANTS,
                review(post(medication(NEXIUM, "A"), medication(GASTER, "A"))).getFirst().warnings().getFirst().group());
    }

    @Test
    void suvorexantIsAHypnoticButNotABenzodiazepineReceptorAgonist() {
        assertNoWarnings(review(post(medication(MYSLEE, "A"), medication(BELSOMRA, "B"))));
    }

    @Test
    void aLaterEntryOfTheSameProductAndPrescriberSupersedesTheEarlierOne() {
        Post first = post(medication(AMLODIN, "いげたクリニック"));
        Post again = post(medication(AMLODIN, "いげたクリニック"));
        List<MedicationReview.Current> current = review(first, again);
        assertEquals(1, current.size());
        assertEquals(again.id(), current.getFirst().entry().post().id());
        assertNoWarnings(current);
    }

    @Test
    void anEndedOrNotYetStartedMedicationIsNotCurrent() {
        Medication ended = new Medication(GASTER, "ガスターＤ錠２０ｍｇ", BigDecimal.ONE, "錠", "1日2回",
                LocalDate.of(2026, 10, 1), TODAY.minusDays(1), "西尾市民病院");
        Medication future = new Medication(NEXIUM, "ネキシウムカプセル２０ｍｇ", BigDecimal.ONE, "カプセル", "1日1回",
                TODAY.plusDays(1), null, "A");
        List<MedicationReview.Current> current = review(post(medication(TAKEPRON_15, "A")), post(ended), post(future));
        assertEquals(List.of(TAKEPRON_15), current.stream().map(c -> c.entry().medication().yjCode()).toList());
        assertNoWarnings(current);
        // an end date recorded later stops the earlier entry of the same product and prescriber
        assertTrue(review(post(medication(GASTER, "西尾市民病院")), post(ended)).isEmpty());
    }

    @Test
    void entriesWithoutYjCodeAreListedButNotChecked() {
        Medication uncoded = new Medication(null, "アムロジピン錠5mg（他院）", BigDecimal.ONE, "錠", null, null, null, null);
        List<MedicationReview.Current> current = review(post(medication(NORVASC, "A")), post(uncoded));
        assertEquals(2, current.size());
        assertNoWarnings(current);
    }

    /** The review of these posts, given oldest first as they were posted. */
    private static List<MedicationReview.Current> review(Post... oldestFirst) {
        return MedicationReview.of(Arrays.asList(oldestFirst).reversed(), TODAY);
    }

    private Post post(Medication... medications) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * posted++);
        return new Post("patient", "post-" + posted, new PostContent(PostCategory.MEDICATION, null, null,
                List.of(medications), List.of(), List.of()), "author", "facility", at, Retention.expiresAt(at), 1, at, null);
    }

    private static Medication medication(String yjCode, String prescriber) {
        return new Medication(yjCode, "薬 " + yjCode, BigDecimal.ONE, "錠", "1日1回", LocalDate.of(2026, 11, 1), null,
                prescriber);
    }

    private static List<MedicationReview.Kind> kinds(MedicationReview.Current current) {
        return current.warnings().stream().map(MedicationReview.Warning::kind).toList();
    }

    private static void assertNoWarnings(List<MedicationReview.Current> current) {
        current.forEach(entry -> assertEquals(List.of(), entry.warnings(), entry.entry().medication().yjCode()));
    }
}
