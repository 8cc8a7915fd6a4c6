package jp.igetanet.posting;

import jp.igetanet.core.error.Validation;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.Medication;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.Vitals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks the content of a post or correction: a known category; text or at least one structured block; vital signs
 * within plausible ranges in their fixed units; medications with a well-formed YJ code when given; laboratory
 * results with a JLAC10 code when given, a value and a specimen date; attachments of this patient.
 */
final class PostForm {

    static final int MAX_TEXT = 4000;
    static final int MAX_MEDICATIONS = 30;
    static final int MAX_LAB_RESULTS = 50;
    static final int MAX_ATTACHMENTS = 10;

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final FieldRules rules;
    private final Validation validation;
    private final LocalDate today;
    private final Predicate<String> attachmentOfPatient;

    /**
     * @param attachmentOfPatient whether an attachment id names a file of this patient, uploaded and unexpired
     */
    PostForm(FieldRules rules, LocalDate today, Predicate<String> attachmentOfPatient) {
        this.rules = rules;
        this.validation = rules.validation();
        this.today = today;
        this.attachmentOfPatient = attachmentOfPatient;
    }

    /** New content from a request; {@code kept} supplies the parts a correction leaves out (null for a new post). */
    PostContent content(String categoryCode, String rawText, PostRequest.VitalsRequest rawVitals,
                        List<PostRequest.MedicationRequest> rawMedications, List<PostRequest.LabResultRequest> rawLabs,
                        List<String> rawAttachments, PostContent kept) {
        Optional<PostCategory> category = Optional.ofNullable(categoryCode).flatMap(PostCategory::fromCode);
        validation.check(category.isPresent(), "category", "区分が正しくありません。");
        String text = rawText == null ? "" : rawText.strip();
        validation.check(text.length() <= MAX_TEXT, "text", "本文は" + MAX_TEXT + "文字以内で入力してください。");
        Vitals vitals = rawVitals == null ? kept == null ? null : kept.vitals() : vitals(rawVitals);
        List<Medication> medications = rawMedications == null ? kept == null ? List.of() : kept.medications()
                : medications(rawMedications);
        List<LabResult> labResults = rawLabs == null ? kept == null ? List.of() : kept.labResults() : labResults(rawLabs);
        List<String> attachmentIds = rawAttachments == null ? kept == null ? List.of() : kept.attachmentIds()
                : attachments(rawAttachments);
        PostContent content = new PostContent(category.orElse(null), text.isEmpty() ? null : text,
                vitals == null || vitals.isEmpty() ? null : vitals, medications, labResults, attachmentIds);
        validation.check(!content.isEmpty(), "text", "本文か、バイタル・服薬・検査結果・添付ファイルのいずれかを入力してください。");
        return content;
    }

    /** Each value within its plausible range; a temperature or weight with one decimal at most. */
    private Vitals vitals(PostRequest.VitalsRequest v) {
        range(v.systolic(), 40, 300, "vitals.systolic", "収縮期血圧は40〜300 mmHgで入力してください。");
        range(v.diastolic(), 20, 200, "vitals.diastolic", "拡張期血圧は20〜200 mmHgで入力してください。");
        validation.check(v.systolic() == null || v.diastolic() == null || v.diastolic() < v.systolic(), "vitals.diastolic",
                "拡張期血圧は収縮期血圧より低い値です。");
        range(v.pulse(), 20, 250, "vitals.pulse", "脈拍は20〜250 回/分で入力してください。");
        decimal(v.temperature(), "30.0", "45.0", 1, "vitals.temperature", "体温は30.0〜45.0 ℃（小数1桁まで）で入力してください。");
        range(v.spo2(), 50, 100, "vitals.spo2", "SpO2は50〜100 %で入力してください。");
        range(v.respiration(), 4, 80, "vitals.respiration", "呼吸数は4〜80 回/分で入力してください。");
        decimal(v.weight(), "1.0", "300.0", 1, "vitals.weight", "体重は1.0〜300.0 kg（小数1桁まで）で入力してください。");
        range(v.pain(), 0, 10, "vitals.pain", "痛みは0〜10で入力してください。");
        return new Vitals(v.systolic(), v.diastolic(), v.pulse(), v.temperature(), v.spo2(), v.respiration(),
                v.weight(), v.pain());
    }

    private List<Medication> medications(List<PostRequest.MedicationRequest> raw) {
        validation.check(raw.size() <= MAX_MEDICATIONS, "medications", "服薬は" + MAX_MEDICATIONS + "件までです。");
        List<Medication> medications = new ArrayList<>();
        for (int i = 0; i < raw.size() && i < MAX_MEDICATIONS; i++) {
            PostRequest.MedicationRequest m = raw.get(i);
            String field = "medications[" + i + "].";
            if (m == null) {
                validation.reject("medications[" + i + "]", "服薬の記録が空です。");
                continue;
            }
            String yjCode = blankToNull(m.yjCode());
            validation.check(yjCode == null || Medication.isWellFormedYjCode(yjCode), field + "yjCode",
                    "YJコードは英大文字と数字の12文字（例 2171022F2025）で入力してください。");
            String name = rules.text(m.name(), field + "name", "薬剤名", FieldRules.MAX_NAME);
            decimal(m.dose(), "0.001", "10000", 3, field + "dose", "1回量は0.001〜10000（小数3桁まで）で入力してください。");
            LocalDate start = date(m.startDate(), field + "startDate", "開始日");
            LocalDate end = date(m.endDate(), field + "endDate", "終了日");
            validation.check(start == null || end == null || !end.isBefore(start), field + "endDate",
                    "終了日は開始日以降の日付を入力してください。");
            medications.add(new Medication(yjCode, name, m.dose(),
                    rules.optional(m.unit(), field + "unit", "単位", FieldRules.MAX_SHORT),
                    rules.optional(m.frequency(), field + "frequency", "用法", FieldRules.MAX_NAME), start, end,
                    rules.optional(m.prescriber(), field + "prescriber", "処方医療機関", FieldRules.MAX_NAME)));
        }
        return medications;
    }

    private List<LabResult> labResults(List<PostRequest.LabResultRequest> raw) {
        validation.check(raw.size() <= MAX_LAB_RESULTS, "labResults", "検査結果は" + MAX_LAB_RESULTS + "件までです。");
        List<LabResult> results = new ArrayList<>();
        for (int i = 0; i < raw.size() && i < MAX_LAB_RESULTS; i++) {
            PostRequest.LabResultRequest l = raw.get(i);
            String field = "labResults[" + i + "].";
            if (l == null) {
                validation.reject("labResults[" + i + "]", "検査結果の記録が空です。");
                continue;
            }
            String code = blankToNull(l.code());
            validation.check(code == null || LabResult.isWellFormedCode(code), field + "code",
                    "JLAC10 コードは17文字（例 3C015000002327101）で入力してください。");
            String name = rules.text(l.name(), field + "name", "検査項目名", FieldRules.MAX_NAME);
            String resultText = rules.optional(l.resultText(), field + "resultText", "定性の結果", 50);
            validation.check(l.value() != null || resultText != null, field + "value", "結果の数値か定性の結果を入力してください。");
            decimal(l.value(), "-1000000", "1000000", 4, field + "value", "結果は±1000000以内（小数4桁まで）で入力してください。");
            decimal(l.referenceLow(), "-1000000", "1000000", 4, field + "referenceLow", "基準範囲の下限が正しくありません。");
            decimal(l.referenceHigh(), "-1000000", "1000000", 4, field + "referenceHigh", "基準範囲の上限が正しくありません。");
            validation.check(l.referenceLow() == null || l.referenceHigh() == null
                    || l.referenceLow().compareTo(l.referenceHigh()) <= 0, field + "referenceHigh",
                    "基準範囲の上限は下限以上の値です。");
            LocalDate specimenDate = date(l.specimenDate(), field + "specimenDate", "検体採取日");
            validation.check(specimenDate != null || l.specimenDate() != null, field + "specimenDate", "検体採取日を入力してください。");
            validation.check(specimenDate == null || !specimenDate.isAfter(today), field + "specimenDate",
                    "検体採取日に未来の日付は指定できません。");
            results.add(new LabResult(code == null ? LabResult.UNCODED : code, name, l.value(), resultText,
                    rules.optional(l.unit(), field + "unit", "単位", FieldRules.MAX_SHORT), l.referenceLow(), l.referenceHigh(),
                    specimenDate));
        }
        return results;
    }

    private List<String> attachments(List<String> raw) {
        return rules.attachmentIds(raw, MAX_ATTACHMENTS, attachmentOfPatient, "この療養者");
    }

    /** An optional date in the form 2026-04-01; null when absent or malformed (then rejected). */
    private LocalDate date(String value, String field, String label) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            validation.check(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), field, label + "が正しくありません。");
            return date;
        } catch (DateTimeParseException e) {
            validation.reject(field, label + "は「2026-04-01」の形で入力してください。");
            return null;
        }
    }

    private void range(Integer value, int min, int max, String field, String message) {
        validation.check(value == null || value >= min && value <= max, field, message);
    }

    private void decimal(BigDecimal value, String min, String max, int scale, String field, String message) {
        validation.check(value == null || value.compareTo(new BigDecimal(min)) >= 0
                && value.compareTo(new BigDecimal(max)) <= 0 && value.stripTrailingZeros().scale() <= scale, field, message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
