package jp.igetanet.idissuance;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.Problem;

/** The signed-in user's view of their own account. */
@Controller("/me")
@Tag(name = "accounts", description = "ユーザーID")
public class MeController {

    @Get
    @Operation(summary = "ログイン中の利用者", description = "利用者本人のアカウント、所属施設、権限を返します。")
    @ApiResponse(responseCode = "200", description = "利用者")
    @ApiResponse(responseCode = "401", description = "トークンがないか無効",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "利用停止中・廃止済み・所属施設が停止中",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeView getMe(@Parameter(hidden = true) Caller caller) {
        return MeView.from(caller);
    }
}
