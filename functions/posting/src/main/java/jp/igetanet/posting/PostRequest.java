package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** A new post of the shared record: a category, text, and optionally vital signs in fixed units. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PostCreation")
public record PostRequest(
        @Schema(description = "区分（visit, treatment_history, treatment_course, medication, lab, vitals, care_life, contact, other）",
                example = "visit") @Nullable String category,
        @Schema(description = "本文（4000文字以内。バイタルがあれば省略可）") @Nullable String text,
        @Schema(description = "バイタル（任意）") @Nullable VitalsRequest vitals) {

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
