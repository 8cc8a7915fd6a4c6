package jp.igetanet.consent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A renewed or changed consent, e.g. family consenting once the patient no longer can (§14-1). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ConsentRenewal")
public record ConsentRecordRequest(
        @Schema(description = "同意した人（patient: 本人, family: 家族）", example = "family") @Nullable String givenBy,
        @Schema(description = "家族が同意したときの家族の情報") @Nullable Family family,
        @Schema(description = "同意日（YYYY-MM-DD）") @Nullable String consentedOn,
        @Schema(description = "POST /consent-forms（patientId 付き）で得て、同意書をアップロードした formId") @Nullable String formId) {

    /** The family member who consented, and why the patient could not. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "RenewingFamily")
    public record Family(@Nullable String name, @Nullable String relation,
                         @Schema(description = "minor: 未成年, unable: 本人の同意が困難") @Nullable String reason) {
    }
}
