package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A change of a patient's demographics; absent fields stay, {@code version} is the version the change was made on. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "PatientChange")
public record PatientChangeRequest(
        @Schema(description = "変更の元にした版", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
        @Nullable String name,
        @Nullable String kana,
        @Nullable String birthDate,
        @Nullable String sex,
        @Nullable String address,
        @Nullable String medicalInsurerNumber,
        @Nullable String careInsurerNumber) {
}
