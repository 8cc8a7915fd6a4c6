package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new post of the shared record: a category, text, and optionally structured blocks — vital signs in fixed
 * units, medications, laboratory results and attached files.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PostCreation")
public record PostRequest(
        @Schema(description = "区分（visit, treatment_history, treatment_course, medication, lab, vitals, care_life, contact, other）",
                example = "visit") @Nullable String category,
        @Schema(description = "本文（4000文字以内。構造化した記録があれば省略可）") @Nullable String text,
        @Schema(description = "バイタル（任意）") @Nullable VitalsRequest vitals,
        @Schema(description = "服薬（任意、30件まで）") @Nullable List<MedicationRequest> medications,
        @Schema(description = "検査結果（任意、50件まで）") @Nullable List<LabResultRequest> labResults,
        @Schema(description = "添付ファイルのID（POST /patients/{patientId}/attachments で登録したもの、10件まで）")
        @Nullable List<String> attachmentIds) {

    /** One medication: the YJ code when known, the product name, dose, frequency, period and prescriber. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Medication")
    public record MedicationRequest(
            @Schema(description = "YJコード（薬価基準収載医薬品コード、12文字。不明なら省略）", example = "2171022F2025")
            @Nullable String yjCode,
            @Schema(description = "薬剤名（100文字以内）", example = "ノルバスク錠５ｍｇ") @Nullable String name,
            @Schema(description = "1回量", example = "1") @Nullable BigDecimal dose,
            @Schema(description = "1回量の単位（20文字以内）", example = "錠") @Nullable String unit,
            @Schema(description = "用法（100文字以内）", example = "1日1回朝食後") @Nullable String frequency,
            @Schema(description = "開始日", example = "2026-11-01") @Nullable String startDate,
            @Schema(description = "終了日（続いていれば省略）") @Nullable String endDate,
            @Schema(description = "処方した医療機関（100文字以内）", example = "西尾中央病院") @Nullable String prescriber) {
    }

    /** One laboratory result: the JLAC10 code when known, the item, a value or qualitative result, the range. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LabResult")
    public record LabResultRequest(
            @Schema(description = "JLAC10 コード（17文字。コードがなければ省略、99999999999999999 として記録）",
                    example = "3C015000002327101") @Nullable String code,
            @Schema(description = "検査項目名（100文字以内）", example = "クレアチニン") @Nullable String name,
            @Schema(description = "数値の結果", example = "1.12") @Nullable BigDecimal value,
            @Schema(description = "定性の結果（50文字以内、数値がないとき）", example = "(-)") @Nullable String resultText,
            @Schema(description = "単位（20文字以内）", example = "mg/dL") @Nullable String unit,
            @Schema(description = "基準範囲の下限") @Nullable BigDecimal referenceLow,
            @Schema(description = "基準範囲の上限") @Nullable BigDecimal referenceHigh,
            @Schema(description = "検体採取日", example = "2026-11-20") @Nullable String specimenDate) {
    }

    /** Vital signs, each optional, in fixed units. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "Vitals")
    public record VitalsRequest(
            @Schema(description = "収縮期血圧 mmHg（40〜300）") @Nullable Integer systolic,
            @Schema(description = "拡張期血圧 mmHg（20〜200、収縮期より低い）") @Nullable Integer diastolic,
            @Schema(description = "脈拍 回/分（20〜250）") @Nullable Integer pulse,
            @Schema(description = "体温 ℃（30.0〜45.0、小数1桁）") @Nullable BigDecimal temperature,
            @Schema(description = "SpO2 %（50〜100）") @Nullable Integer spo2,
            @Schema(description = "呼吸数 回/分（4〜80）") @Nullable Integer respiration,
            @Schema(description = "体重 kg（1〜300、小数1桁）") @Nullable BigDecimal weight,
            @Schema(description = "痛み NRS（0〜10）") @Nullable Integer pain) {
    }
}
