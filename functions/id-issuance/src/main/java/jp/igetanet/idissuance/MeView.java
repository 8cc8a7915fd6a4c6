package jp.igetanet.idissuance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.account.PasswordAgeing;
import jp.igetanet.core.caller.Caller;

import java.time.Instant;

/** The signed-in user's own account, facility and role, the password's age and the terms version in force. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Me")
public record MeView(
        @Schema(description = "ユーザーID") String userId,
        @Schema(description = "氏名") String name,
        @Schema(description = "氏名のよみがな") String kana,
        @Schema(description = "職種コード", example = "nurse") String profession,
        @Schema(description = "職種", example = "看護師") String professionLabel,
        @Schema(description = "権限コード", example = "member") String role,
        @Schema(description = "権限", example = "利用者") String roleLabel,
        @Schema(description = "パスワードを最後に変更した日時") @Nullable Instant passwordChangedAt,
        PasswordView password,
        @Schema(description = "施行中の利用規約の版。利用すると、この版に同意したものとみなされます（第11条第2項・第31条第3項）。",
                example = "2021-04-01") String termsVersion,
        FacilityView facility) {

    static MeView from(Caller caller, PasswordAgeing ageing, Instant now, String termsVersion) {
        var account = caller.account();
        var facility = caller.facility();
        return new MeView(account.userId(), account.name(), account.kana(),
                account.profession().code(), account.profession().label(),
                account.role().group(), account.role().label(),
                account.passwordChangedAt(),
                new PasswordView(account.passwordChangedAt(), ageing.expiresAt(account).orElse(null),
                        ageing.isExpired(account, now), ageing.maxAge().toDays()),
                termsVersion,
                new FacilityView(facility.id(), facility.name(), facility.kind().code(), facility.kind().label(),
                        facility.networkId()));
    }

    /** The password's age (§6-4, §19-4): once expired, only {@code GET /me} and {@code POST /me/password} work. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PasswordAge")
    public record PasswordView(
            @Schema(description = "本人が最後にパスワードを設定した日時") @Nullable Instant changedAt,
            @Schema(description = "この日時を過ぎるとパスワードの変更が必要です") @Nullable Instant expiresAt,
            @Schema(description = "有効期限が切れていて、変更するまで他の操作ができない") boolean expired,
            @Schema(description = "パスワードの最長有効日数") long maxAgeDays) {
    }

    /** The facility the user belongs to. */
    @Serdeable
    @Schema(name = "MyFacility")
    public record FacilityView(String id, String name, String kind, String kindLabel, String networkId) {
    }
}
