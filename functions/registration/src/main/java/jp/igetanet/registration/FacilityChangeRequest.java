package jp.igetanet.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A facility administrator's change of the facility's data (§8) or publication choices (§17-2). Absent fields stay
 * as they are; {@code version} is the version the change was made on, and a stale one answers 409.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "FacilityChange")
public record FacilityChangeRequest(
        @Schema(description = "変更の元にした版（取得した施設の version）", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
        @Schema(description = "施設名") @Nullable String name,
        @Schema(description = "施設名のよみがな") @Nullable String kana,
        @Schema(description = "施設の種別コード") @Nullable String kind,
        @Schema(description = "郵便番号") @Nullable String postalCode,
        @Schema(description = "住所") @Nullable String address,
        @Schema(description = "電話番号") @Nullable String phone,
        @Nullable ApplicationRequest.Publication publication) {
}
