package jp.igetanet.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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

/** The overview, the terms of use (§31) and the service status (§25) of a network's portal. */
@Controller("/portal")
@Tag(name = "portal", description = "ポータル（公開情報）")
public class PortalContentController {

    private final PortalContentDesk desk;

    public PortalContentController(PortalContentDesk desk) {
        this.desk = desk;
    }

    @Get("/overview")
    @Operation(summary = "地域ネットワークの紹介", description = "トップページの紹介文です。サインインは不要です。まだない場合は空の題名と本文を返します。")
    @ApiResponse(responseCode = "200", description = "紹介文")
    @ApiResponse(responseCode = "404", description = "地域ネットワークが存在しない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.OverviewView getOverview(
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network) {
        return PortalViews.OverviewView.from(desk.overview(network));
    }

    @Put("/overview")
    @Operation(summary = "紹介文の更新", description = "運用者が自分の地域ネットワークの紹介文を書きます。読んだときの version を付けて送ります。")
    @ApiResponse(responseCode = "200", description = "更新した紹介文")
    @ApiResponse(responseCode = "409", description = "他の更新と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.OverviewView changeOverview(@Parameter(hidden = true) Acting acting,
                                                   @Body PortalRequests.Overview request) {
        return PortalViews.OverviewView.from(desk.changeOverview(acting, request));
    }

    @Get("/terms/current")
    @Operation(summary = "現行の利用規約", description = "今日施行されている版と、公表されたすべての版の一覧です。サインインは不要です。")
    @ApiResponse(responseCode = "200", description = "現行の利用規約")
    @ApiResponse(responseCode = "404", description = "地域ネットワークが存在しない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.TermsView getCurrentTerms(
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network) {
        return desk.currentTerms(network);
    }

    @Get("/terms/{version}")
    @Operation(summary = "利用規約の版", description = "施行日で指定した版（過去の版、施行前の版）です。サインインは不要です。")
    @ApiResponse(responseCode = "200", description = "その版の利用規約")
    @ApiResponse(responseCode = "404", description = "その版はない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.TermsView getTermsVersion(@Parameter(description = "版（施行日）", example = "2021-04-01") @PathVariable String version,
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network) {
        return desk.terms(network, version);
    }

    @Post("/terms")
    @Operation(summary = "利用規約の改定の公表", description = "運用者が新しい版を、施行日・題名・全文とともに公表します（第31条）。"
            + "あわせて利用規約の変更のお知らせを出してください。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "公表した版")
    @ApiResponse(responseCode = "400", description = "入力の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PortalViews.TermsView> publishTerms(@Parameter(hidden = true) Acting acting,
                                                            @Body PortalRequests.Terms request) {
        PortalViews.TermsView published = desk.publishTerms(acting, request);
        return HttpResponse.created(published, URI.create("/portal/terms/" + published.version()));
    }

    @Get("/status")
    @Operation(summary = "サービスの稼働状況", description = "一時停止中（第25条）かどうか、その理由と再開の予定です。サインインは不要です。")
    @ApiResponse(responseCode = "200", description = "稼働状況")
    @ApiResponse(responseCode = "404", description = "地域ネットワークが存在しない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.StatusView getServiceStatus(
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network) {
        return PortalViews.StatusView.from(desk.status(network));
    }

    @Put("/status")
    @Operation(summary = "サービスの一時停止・再開", description = "運用者が一時停止を理由と再開の予定とともに宣言し、または通常に戻します。"
            + "一時停止のあいだ、ポータルと運用者の操作を除くすべてのAPIが 503（Retry-After 付き）を返します。")
    @ApiResponse(responseCode = "200", description = "新しい稼働状況")
    @ApiResponse(responseCode = "400", description = "入力の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PortalViews.StatusView changeServiceStatus(@Parameter(hidden = true) Acting acting,
                                               @Body PortalRequests.Status request) {
        return PortalViews.StatusView.from(desk.changeStatus(acting, request));
    }
}
