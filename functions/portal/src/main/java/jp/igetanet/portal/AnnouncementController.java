package jp.igetanet.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** The portal's announcements (§18, §25, §26, §28, §31): the public reads, the network's operator writes. */
@Controller("/portal/announcements")
@Tag(name = "portal", description = "ポータル（公開情報）")
public class AnnouncementController {

    private final AnnouncementDesk desk;

    public AnnouncementController(AnnouncementDesk desk) {
        this.desk = desk;
    }

    @Get
    @Operation(summary = "お知らせの一覧", description = "地域ネットワークのお知らせを新しい順に返します。サインインは不要です。")
    @ApiResponse(responseCode = "200", description = "お知らせの一覧")
    @ApiResponse(responseCode = "404", description = "地域ネットワークが存在しない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "400", description = "パラメータの誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnnouncementView.Page listAnnouncements(
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network,
            @Parameter(description = "種別のコード") @QueryValue @Nullable String kind,
            @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
            @Parameter(description = "1ページの件数（1〜50、既定20）") @QueryValue @Nullable Integer limit) {
        return desk.list(network, kind, cursor, limit);
    }

    @Get("/{announcementId}")
    @Operation(summary = "お知らせ", description = "サインインは不要です。")
    @ApiResponse(responseCode = "200", description = "お知らせ")
    @ApiResponse(responseCode = "404", description = "ない、または取り下げられた",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnnouncementView getAnnouncement(@PathVariable String announcementId) {
        return AnnouncementView.from(desk.find(announcementId));
    }

    @Post
    @Operation(summary = "お知らせの公表", description = "運用者が自分の地域ネットワークに公表します。サービス提供の中止（termination）は、"
            + "中止日が公表から6か月以上先でなければ受け付けません（第26条）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "公表したお知らせ")
    @ApiResponse(responseCode = "400", description = "入力の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "運用者ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<AnnouncementView> publishAnnouncement(@Parameter(hidden = true) Acting acting,
                                                  @Body AnnouncementRequest request) {
        AnnouncementView published = AnnouncementView.from(desk.publish(acting, request));
        return HttpResponse.created(published, URI.create("/portal/announcements/" + published.id()));
    }

    @Put("/{announcementId}")
    @Operation(summary = "お知らせの変更", description = "読んだときの version を付けて送ります。")
    @ApiResponse(responseCode = "200", description = "変更したお知らせ")
    @ApiResponse(responseCode = "409", description = "他の変更と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnnouncementView changeAnnouncement(@Parameter(hidden = true) Acting acting, @PathVariable String announcementId,
                                   @Body AnnouncementRequest request) {
        return AnnouncementView.from(desk.change(acting, announcementId, request));
    }

    @Delete("/{announcementId}")
    @Operation(summary = "お知らせの取り下げ", description = "ポータルに表示されなくなります。")
    @ApiResponse(responseCode = "204", description = "取り下げた")
    public HttpResponse<Void> withdrawAnnouncement(@Parameter(hidden = true) Acting acting, @PathVariable String announcementId) {
        desk.withdraw(acting, announcementId);
        return HttpResponse.noContent();
    }
}
