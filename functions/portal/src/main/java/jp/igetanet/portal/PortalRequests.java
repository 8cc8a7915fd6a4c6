package jp.igetanet.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the operator sends to maintain the portal: the overview, a terms version, the service status. */
public final class PortalRequests {

    private PortalRequests() {
    }

    /** The network's overview on the top page; {@code version} is the one read (0 for the first). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "OverviewRequest")
    public record Overview(@Schema(description = "題名（100文字以内）") @Nullable String title,
                           @Schema(description = "本文（10,000文字以内、書式なしの文章。空行で段落を分けます）") @Nullable String body,
                           @Schema(description = "読んだときの version（初めてなら 0）") @Nullable Long version) {
    }

    /** A new version of the terms of use (§31). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "TermsRequest")
    public record Terms(@Schema(description = "施行日（YYYY-MM-DD、今日以降で、いまの版より後）。版の名前になります") @Nullable String effectiveOn,
                        @Schema(description = "題名（100文字以内）", example = "いげたネット利用規約") @Nullable String title,
                        @Schema(description = "全文（60,000文字以内）") @Nullable String text) {
    }

    /** The service's status (§25): {@code suspended} with a reason and the expected end, or {@code normal}. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ServiceStatusRequest")
    public record Status(@Schema(description = "normal: 通常, suspended: 一時停止", example = "suspended") @Nullable String state,
                         @Schema(description = "停止の理由（500文字以内、suspended のとき）", example = "システムの定期保守のため") @Nullable String reason,
                         @Schema(description = "再開の予定日時（suspended のとき、未来の日時）", example = "2026-11-29T06:00+09:00") @Nullable String expectedEnd) {
    }
}
