package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** An announcement as the operator writes it; a change also names the version it was read at. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "AnnouncementRequest")
public record AnnouncementRequest(
        @Schema(description = "種別（notice: お知らせ, service_change: サービス内容の変更, suspension: サービスの一時停止, "
                + "termination: サービス提供の中止, terms_change: 利用規約の変更）", example = "notice") @Nullable String kind,
        @Schema(description = "題名（100文字以内）", example = "年末年始の問い合わせ窓口について") @Nullable String title,
        @Schema(description = "本文（5,000文字以内、書式なしの文章）") @Nullable String body,
        @Schema(description = "サービス提供の中止日（termination のときだけ、公表から6か月以上先、YYYY-MM-DD）") @Nullable String serviceEndsOn,
        @Schema(description = "変更のとき、読んだときの version") @Nullable Long version) {
}
