package jp.igetanet.portal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.error.Problem;

/** The public facility directory of the portal (§17): no sign-in needed. */
@Controller("/portal/facilities")
@Tag(name = "portal", description = "ポータル（公開情報）")
public class FacilityDirectoryController {

    private final FacilityDirectory directory;

    public FacilityDirectoryController(FacilityDirectory directory) {
        this.directory = directory;
    }

    @Get
    @Operation(summary = "参加施設の一覧", description = "地域ネットワークの参加施設を、よみがな順に、各施設が公開を選んだ項目だけで返します。")
    @ApiResponse(responseCode = "200", description = "施設の一覧")
    @ApiResponse(responseCode = "400", description = "パラメータの誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "地域ネットワークが存在しない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FacilityPageView listFacilities(
            @Parameter(description = "地域ネットワークのID", example = "nishio", required = true) @QueryValue @Nullable String network,
            @Parameter(description = "施設の種別コード", example = "clinic") @QueryValue @Nullable String kind,
            @Parameter(description = "施設名・よみがなの検索語") @QueryValue @Nullable String q,
            @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
            @Parameter(description = "1ページの件数（1〜100、既定20）") @QueryValue @Nullable Integer limit) {
        return FacilityPageView.from(directory.search(DirectoryQuery.parse(network, kind, q, cursor, limit)));
    }

    @Get("/{facilityId}")
    @Operation(summary = "参加施設の詳細", description = "公開されている施設の、公開を選んだ項目だけを返します。非公開の施設は404です。")
    @ApiResponse(responseCode = "200", description = "施設")
    @ApiResponse(responseCode = "404", description = "施設が存在しないか非公開",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicFacilityView getFacility(@PathVariable String facilityId) {
        return PublicFacilityView.from(directory.find(facilityId));
    }
}
