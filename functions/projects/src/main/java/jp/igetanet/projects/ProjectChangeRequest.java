package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Changed details of a project, on the version read; absent parts stay. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectChange")
public record ProjectChangeRequest(
        @Schema(description = "変更の元にした版", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Long version,
        @Schema(description = "名前（100文字以内）") @Nullable String name,
        @Schema(description = "説明（2000文字以内、空文字で削除）") @Nullable String description,
        @Schema(description = "種類") @Nullable String kind,
        @Schema(description = "参加の方法（open と invitation の間で変更できます）") @Nullable String admission) {
}
