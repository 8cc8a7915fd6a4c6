package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A patient's registration: demographics and, in the same request, the consent (§14-1). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PatientRegistration")
public record PatientRequest(
        @Schema(description = "氏名", example = "西尾 太郎") @Nullable String name,
        @Schema(description = "氏名のよみがな", example = "ニシオ タロウ") @Nullable String kana,
        @Schema(description = "生年月日（YYYY-MM-DD）", example = "1938-05-12") @Nullable String birthDate,
        @Schema(description = "性別（male, female, unknown, not_applicable）", example = "male") @Nullable String sex,
        @Schema(description = "住所") @Nullable String address,
        @Schema(description = "医療保険の保険者番号（6桁または8桁、任意）") @Nullable String medicalInsurerNumber,
        @Schema(description = "介護保険の保険者番号（6桁、任意）") @Nullable String careInsurerNumber,
        @Schema(description = "情報共有への同意（必須）", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ConsentRequest consent) {

    /** The consent: who gave it, when, who obtained it (the caller), and the uploaded scan of the signed form. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ConsentGiven")
    public record ConsentRequest(
            @Schema(description = "同意した人（patient: 本人, family: 家族）", example = "patient") @Nullable String givenBy,
            @Schema(description = "家族が同意したときの家族の情報") @Nullable Family family,
            @Schema(description = "同意日（YYYY-MM-DD）", example = "2026-11-20") @Nullable String consentedOn,
            @Schema(description = "POST /consent-forms で得て、同意書をアップロードした formId") @Nullable String formId) {
    }

    /** The family member who consented, and why the patient could not (§14-1). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ConsentingFamily")
    public record Family(
            @Schema(description = "家族の氏名") @Nullable String name,
            @Schema(description = "続柄", example = "長女") @Nullable String relation,
            @Schema(description = "理由（minor: 未成年, unable: 本人の同意が困難）", example = "unable") @Nullable String reason) {
    }
}
