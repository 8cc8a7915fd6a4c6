package jp.igetanet.idissuance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A facility administrator's request for a new user ID for one of the facility's staff (§6-2), with 様式第2. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "UserIssue")
public record IssueRequest(
        @Schema(description = "氏名") @Nullable String name,
        @Schema(description = "氏名のよみがな") @Nullable String kana,
        @Schema(description = "職種コード", example = "nurse") @Nullable String profession,
        @Schema(description = "権限（member または facility_admin）", example = "member") @Nullable String role,
        @Schema(description = "メールアドレス。仮パスワードをメールで送る設定のときは必須で、Cognito の招待メールが届きます。",
                example = "sakura@example.jp") @Nullable String email,
        @Nullable Pledge pledge) {

    /** The pledge 様式第2 the person submitted to the facility administrator (§6-3). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "UserPledge")
    public record Pledge(@Schema(description = "様式の版", example = "1") @Nullable String formVersion,
                         @Schema(description = "誓約日（YYYY-MM-DD）") @Nullable String signedOn) {
    }
}
