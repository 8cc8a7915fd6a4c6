package jp.igetanet.registration;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;

/** A participating facility's record: read by its users, kept by its administrator, suspended by the operator. */
@Controller("/facilities/{facilityId}")
@Tag(name = "facilities", description = "参加施設")
public class FacilityController {

    private final FacilityDesk desk;

    public FacilityController(FacilityDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "施設の登録内容", description = "施設の利用者と事務局が、施設の登録内容と公開の選択を読みます。")
    @ApiResponse(responseCode = "200", description = "施設")
    @ApiResponse(responseCode = "404", description = "施設がない、または読めない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView getFacilityRecord(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId) {
        return FacilityView.from(desk.find(acting, facilityId));
    }

    @Patch
    @Operation(summary = "登録内容の変更（施設責任者）", description = "施設責任者が施設の登録内容と、ポータルに公開する項目を変更します"
            + "（第8条・第17条第2項）。送らなかった項目は変わりません。version には取得した版を送ります。")
    @ApiResponse(responseCode = "200", description = "変更後の施設")
    @ApiResponse(responseCode = "409", description = "他の更新と競合した（version が古い）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView changeFacility(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId,
                                       @Body FacilityChangeRequest change) {
        return FacilityView.from(desk.change(acting, facilityId, change));
    }

    @Post("/deregistration")
    @Operation(summary = "利用廃止の申請（施設責任者）", description = "施設責任者が事務局に利用廃止を申請します（第9条）。"
            + "事務局が承認するまで施設は使えます。")
    @ApiResponse(responseCode = "200", description = "申請を受け付けた施設")
    @ApiResponse(responseCode = "400", description = "理由がない、または長すぎる",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "申請済み",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView requestDeregistration(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId,
                                              @Body DeregistrationForm form) {
        return FacilityView.from(desk.requestDeregistration(acting, facilityId, form));
    }

    @Post("/deregistration/approval")
    @Operation(summary = "利用廃止の承認（事務局）", description = "申請された利用廃止を承認します。施設は廃止となり、所属する全員の"
            + "ユーザーIDが廃止されて、次のリクエストから拒否されます。途中で失敗したときは、もう一度承認すると残りを処理します。")
    @ApiResponse(responseCode = "200", description = "廃止した施設")
    @ApiResponse(responseCode = "409", description = "利用廃止の申請がない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView approveDeregistration(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId) {
        return FacilityView.from(desk.approveDeregistration(acting, facilityId));
    }

    @Post("/suspension")
    @Operation(summary = "施設の利用停止（事務局）", description = "施設の利用を停止します（第27条第2項）。施設の利用者は次のリクエストから"
            + "拒否され、ポータルの一覧からも外れます。")
    @ApiResponse(responseCode = "200", description = "停止した施設")
    @ApiResponse(responseCode = "409", description = "停止できる状態ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView suspendFacility(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId) {
        return FacilityView.from(desk.suspend(acting, facilityId));
    }

    @Delete("/suspension")
    @Operation(summary = "施設の利用再開（事務局）", description =
            "停止中の施設の利用を再開します。施設の利用者は次のリクエストから使えるようになり、公開を選んでいればポータルの一覧に戻ります。")
    @ApiResponse(responseCode = "200", description = "再開した施設")
    @ApiResponse(responseCode = "409", description = "停止中ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityView reinstateFacility(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId) {
        return FacilityView.from(desk.reinstate(acting, facilityId));
    }
}
