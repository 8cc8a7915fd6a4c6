package jp.igetanet.idissuance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.account.PasswordAgeing;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.AllowsExpiredPassword;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.terms.TermsOfUse;

import java.time.Clock;

/** The signed-in user's own account: who they are, where they work, and their password's age (§6-4). */
@Controller("/me")
@Tag(name = "accounts", description = "ユーザーID")
public class MeController {

    private final MyAccount myAccount;
    private final PasswordAgeing ageing;
    private final Clock clock;
    private final TermsOfUse terms;

    public MeController(MyAccount myAccount, PasswordAgeing ageing, Clock clock,
                        TermsOfUse terms) {
        this.myAccount = myAccount;
        this.ageing = ageing;
        this.clock = clock;
        this.terms = terms;
    }

    @Get
    @AllowsExpiredPassword
    @Operation(summary = "ログイン中の利用者", description = "利用者本人のアカウント、所属施設、権限、パスワードの有効期限と、"
            + "施行中の利用規約の版を返します。パスワードの有効期限が切れていても読めます。")
    @ApiResponse(responseCode = "200", description = "利用者")
    @ApiResponse(responseCode = "401", description = "トークンがないか無効",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "利用停止中・廃止済み・所属施設が停止中",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeView getMe(@Parameter(hidden = true) Acting acting) {
        return MeView.from(acting.caller(), ageing, clock.instant(), terms.version(acting.networkId()));
    }

    @Post("/password")
    @AllowsExpiredPassword
    @Operation(summary = "パスワードの変更", description = "本人が現在のパスワードと新しいパスワードを送って変更します（第6条第4項・"
            + "第19条第4項）。有効期限が切れたときも、この操作はできます。変更後の利用者を返します。")
    @ApiResponse(responseCode = "200", description = "変更後の利用者")
    @ApiResponse(responseCode = "400", description = "現在のパスワードが違う、または新しいパスワードが条件に合わない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "試行が多すぎる",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeView changePassword(@Parameter(hidden = true) Acting acting,
                                 @Parameter(hidden = true) @Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                 @Body PasswordChangeRequest change) {
        String token = authorization == null ? "" : authorization.replaceFirst("(?i)^Bearer\\s+", "").strip();
        if (token.isEmpty()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED);
        }
        var changedAt = myAccount.changePassword(acting, token, change);
        Caller caller = acting.caller();
        return MeView.from(new Caller(caller.account().withPasswordSet(changedAt), caller.facility()), ageing,
                clock.instant(), terms.version(acting.networkId()));
    }
}
