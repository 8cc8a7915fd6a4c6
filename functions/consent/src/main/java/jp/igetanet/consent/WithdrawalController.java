package jp.igetanet.consent;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;

import java.net.URI;

/** Withdrawal of consent and the deletion of the patient's data (§14-2). */
@Controller
@Tag(name = "consent-withdrawals", description = "同意の撤回")
public class WithdrawalController {

    private final WithdrawalDesk desk;

    public WithdrawalController(WithdrawalDesk desk) {
        this.desk = desk;
    }

    @Post("/patients/{patientId}/consent-withdrawal")
    @Operation(summary = "同意の撤回", description = "本人または家族から同意撤回の申し出を受けたケアチームのメンバーが登録します。"
            + "応答の時点で療養者はすべての利用者から見えなくなり（404）、療養者のデータ（投稿とその版、既読、ケアチーム、同意、"
            + "添付ファイル、同意書）は非同期に削除されます。進み具合は Location の GET /consent-withdrawals/{withdrawalId} で確認できます。"
            + "削除後に残るのは、療養者を特定できない受付記録と監査ログだけです。")
    @Status(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "受け付けた撤回（削除はこれから）")
    @ApiResponse(responseCode = "400", description = "入力の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "療養者がいない、撤回済み、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<WithdrawalView> withdraw(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                                 @Body WithdrawalRequest request) {
        WithdrawalView accepted = WithdrawalView.from(desk.withdraw(acting, patientId, request));
        return HttpResponse.<WithdrawalView>status(HttpStatus.ACCEPTED).body(accepted)
                .headers(headers -> headers.location(URI.create("/consent-withdrawals/" + accepted.id())));
    }

    @Get("/consent-withdrawals/{withdrawalId}")
    @Operation(summary = "同意撤回の状態", description = "削除の状態と、削除したデータ項目・ファイルの数を返します。"
            + "撤回を受け付けた利用者と、療養者の地域ネットワークの運用者が参照できます。")
    @ApiResponse(responseCode = "200", description = "撤回とその削除の状態")
    @ApiResponse(responseCode = "404", description = "撤回がない、または参照できない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WithdrawalView withdrawal(@Parameter(hidden = true) Acting acting, @PathVariable String withdrawalId) {
        return WithdrawalView.from(desk.find(acting, withdrawalId));
    }
}
