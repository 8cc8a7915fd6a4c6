package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new project of the caller's network. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectCreation")
public record ProjectRequest(
        @Schema(description = "名前（100文字以内）", example = "在宅看取り研修会 2026", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable String name,
        @Schema(description = "説明（2000文字以内）") @Nullable String description,
        @Schema(description = "種類（training 研修, information_exchange 情報交換, administrative_contact 事務連絡, "
                + "community_care_meeting 地域ケア会議, other その他）", example = "training",
                requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String kind,
        @Schema(description = "参加の方法（open 参加自由, invitation 招待制, network 地域の全利用者＝事務局だけが作れます）。"
                + "省略すると invitation", example = "open") @Nullable String admission) {
}
