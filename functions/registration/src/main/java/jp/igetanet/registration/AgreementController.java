package jp.igetanet.registration;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** Wide-area collaboration agreements between networks (§4-4/5), kept by the networks' operators. */
@Controller("/networks/{networkId}/agreements")
@Tag(name = "agreements", description = "広域連携協定")
public class AgreementController {

    private final AgreementDesk desk;

    public AgreementController(AgreementDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "連携協定の一覧（運用者）", description = "地域ネットワークが当事者の協定を、終了したものも含めて新しい順に返します。")
    @ApiResponse(responseCode = "200", description = "協定の一覧")
    @ApiResponse(responseCode = "403", description = "この地域ネットワークの運用者ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView.Page listAgreements(@Parameter(hidden = true) Acting acting, @PathVariable String networkId) {
        return new AgreementView.Page(desk.list(acting, networkId).stream().map(AgreementView::from).toList());
    }

    @Post
    @Operation(summary = "連携協定の提案（運用者）", description = "他の地域ネットワークとの広域連携協定を記録します。相手の運用者が承諾すると"
            + "発効し、両地域の利用者が互いの療養者のケアチームに加われます（第4条第4項・第5項）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "提案した協定（承諾待ち）")
    @ApiResponse(responseCode = "400", description = "相手の地域ネットワークがない、名称がない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "その地域との協定が承諾待ちか発効中",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<AgreementView> proposeAgreement(@Parameter(hidden = true) Acting acting,
                                                        @PathVariable String networkId, @Body AgreementRequest request) {
        AgreementView proposed = AgreementView.from(desk.propose(acting, networkId, request));
        return HttpResponse.created(proposed, URI.create("/networks/" + networkId + "/agreements/" + proposed.id()));
    }

    @Post("/{agreementId}/acceptance")
    @Operation(summary = "連携協定の承諾（相手の運用者）", description = "提案を受けた地域ネットワークの運用者が承諾し、協定が発効します。")
    @ApiResponse(responseCode = "200", description = "発効した協定")
    @ApiResponse(responseCode = "404", description = "この地域ネットワークの協定にない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "提案した側である、またはすでに発効している",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView acceptAgreement(@Parameter(hidden = true) Acting acting, @PathVariable String networkId,
                                         @PathVariable String agreementId) {
        return AgreementView.from(desk.accept(acting, networkId, agreementId));
    }

    @Delete("/{agreementId}")
    @Operation(summary = "連携協定の終了（運用者）", description = "どちらの地域ネットワークの運用者も、協定を終了（承諾前なら取り下げ）"
            + "できます。終了すると、相手の地域の利用者は、こちらの療養者のケアチームにいても記録を読めなくなります。"
            + "終了した協定は一覧に残ります。")
    @ApiResponse(responseCode = "200", description = "終了した協定")
    @ApiResponse(responseCode = "404", description = "この地域ネットワークの、承諾待ちか発効中の協定にない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView endAgreement(@Parameter(hidden = true) Acting acting, @PathVariable String networkId,
                                      @PathVariable String agreementId) {
        return AgreementView.from(desk.end(acting, networkId, agreementId));
    }
}
