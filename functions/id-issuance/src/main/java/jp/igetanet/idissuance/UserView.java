package jp.igetanet.idissuance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.account.UserAccount;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A user ID as the facility administrator and the operator see it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "User")
public record UserView(
        @Schema(description = "ユーザーID（ログイン名）") String userId,
        String facilityId,
        String name,
        String kana,
        String profession,
        String professionLabel,
        String role,
        @Schema(description = "状態（active, suspended, retired）") String status,
        @Nullable Instant passwordChangedAt,
        @Schema(description = "仮パスワードを発行し、まだ本人が変更していないときの発行日時") @Nullable Instant temporaryPasswordAt,
        @Schema(description = "このIDが代わりに発行された、不明になったID（第10条第2項）") @Nullable String replaces,
        @Schema(description = "このIDの代わりに発行されたID（第10条第2項）") @Nullable String replacedBy,
        long version) {

    static UserView from(UserAccount account) {
        return new UserView(account.userId(), account.facilityId(), account.name(), account.kana(),
                account.profession().code(), account.profession().label(), account.role().group(),
                account.status().name().toLowerCase(Locale.ROOT), account.passwordChangedAt(),
                account.temporaryPasswordAt(), account.replaces(), account.replacedBy(), account.version());
    }

    /** A facility's staff, one page. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UserPage")
    public record Page(List<UserView> items, @Nullable String nextCursor) {
    }

    /** A reissued temporary password, returned this once. */
    @Serdeable
    @Schema(name = "ReissuedPassword")
    public record Reissued(String userId,
                           @Schema(description = "新しい仮パスワード。この応答でだけ返します。") String temporaryPassword) {
    }

    /** A newly issued ID with its temporary password, returned this once for handing over in person. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IssuedUser")
    public record Issued(UserView user,
                         @Schema(description = "仮パスワード。手渡しの設定のとき、この応答でだけ返します。初回ログイン時に変更が必要です。")
                         @Nullable String temporaryPassword,
                         @Schema(description = "仮パスワードの渡し方（handover: この応答で手渡し用に返す、email: Cognito がメールで送った）",
                                 example = "handover") String passwordDelivery) {

        static Issued of(StaffDesk.Issued issued) {
            return new Issued(UserView.from(issued.account()), issued.temporaryPassword().orElse(null),
                    issued.temporaryPassword().isPresent() ? "handover" : "email");
        }
    }
}
