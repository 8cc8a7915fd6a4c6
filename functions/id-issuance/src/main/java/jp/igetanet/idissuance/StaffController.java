package jp.igetanet.idissuance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;

import java.net.URI;
import java.util.List;

/** The user IDs of a facility's staff, managed by its administrator and the operator (§6-2, §24). */
@Controller
@Tag(name = "accounts", description = "ユーザーID")
public class StaffController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(50, 100);

    private final StaffDesk desk;

    public StaffController(StaffDesk desk) {
        this.desk = desk;
    }

    @Post("/facilities/{facilityId}/users")
    @Operation(summary = "ユーザーIDの付与", description = "施設責任者（または事務局）が、誓約書（様式第2）を受け取った職員にユーザーIDと"
            + "仮パスワードを付与します（第6条第2項・第3項）。仮パスワードは、手渡しの設定ではこの応答でだけ返し、メールの設定では"
            + "Cognito が email へ送ります。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "付与しました")
    @ApiResponse(responseCode = "400", description = "入力内容の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<UserView.Issued> issueUser(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId,
                                                   @Body IssueRequest request) {
        StaffDesk.Issued issued = desk.issue(acting, facilityId, request);
        return HttpResponse.created(UserView.Issued.of(issued),
                URI.create("/users/" + issued.account().userId()));
    }

    @Get("/facilities/{facilityId}/users")
    @Operation(summary = "施設の職員のユーザーID一覧", description = "よみがな順に返します。")
    @ApiResponse(responseCode = "200", description = "ユーザーIDの一覧")
    public UserView.Page listUsers(@Parameter(hidden = true) Acting acting, @PathVariable String facilityId,
                                   @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                   @Parameter(description = "1ページの件数（1〜100、既定50）") @QueryValue @Nullable Integer limit) {
        PageRequest<String> asked = PAGES.request(cursor, limit);
        List<UserAccount> page = desk.staff(acting, facilityId, asked.after(), asked.limit());
        return new UserView.Page(page.stream().map(UserView::from).toList(),
                page.size() == asked.limit() ? Cursor.encode(page.getLast().userId()) : null);
    }

    @Get("/users/{userId}")
    @Operation(summary = "ユーザーID", description = "ユーザーIDの登録内容と状態です。施設責任者は自施設の、事務局は地域ネットワークのユーザーIDを読めます。")
    @ApiResponse(responseCode = "200", description = "ユーザーID")
    @ApiResponse(responseCode = "404", description = "ユーザーIDがない、または管理できない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserView getUser(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        return UserView.from(desk.find(acting, userId));
    }

    @Delete("/users/{userId}")
    @Operation(summary = "ユーザーIDの廃止", description = "人事異動などで不要になったユーザーIDを廃止します（第8条）。記録は残り、"
            + "本人はログインできなくなります。")
    @ApiResponse(responseCode = "200", description = "廃止したユーザーID")
    @ApiResponse(responseCode = "409", description = "すでに廃止されている",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserView retireUser(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        return UserView.from(desk.retire(acting, userId));
    }

    @Post("/users/{userId}/password-reissue")
    @Operation(summary = "パスワードの再発行", description = "新しい仮パスワードを発行します（第10条第1項）。古いパスワードは使えなくなり、"
            + "次のログインで新しいパスワードの設定が必要です。仮パスワードはこの応答でだけ返します。")
    @ApiResponse(responseCode = "200", description = "新しい仮パスワード")
    @ApiResponse(responseCode = "409", description = "廃止されている",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserView.Reissued reissuePassword(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        return new UserView.Reissued(userId, desk.reissuePassword(acting, userId));
    }

    @Post("/users/{userId}/replacement")
    @Operation(summary = "ユーザーIDの再発行（事務局）", description = "施設責任者からの依頼で、不明になったユーザーIDを利用停止し、"
            + "同じ本人に新しいユーザーIDと仮パスワードを付与します（第10条第2項）。新旧のIDは互いに参照され、誓約書も引き継ぎます。"
            + "仮パスワードはこの応答でだけ返します。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "新しいユーザーID")
    @ApiResponse(responseCode = "409", description = "廃止済み、または再発行済み",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<UserView.Issued> replaceUser(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        StaffDesk.Issued issued = desk.replace(acting, userId);
        return HttpResponse.created(UserView.Issued.of(issued),
                URI.create("/users/" + issued.account().userId()));
    }

    @Post("/users/{userId}/suspension")
    @Operation(summary = "ユーザーIDの利用停止", description = "施設責任者は自施設の職員を、事務局は誰でも、本人の了承なく停止できます"
            + "（第24条）。停止は本人の次のリクエストから効きます。")
    @ApiResponse(responseCode = "200", description = "停止したユーザーID")
    @ApiResponse(responseCode = "409", description = "停止できる状態ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserView suspendUser(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        return UserView.from(desk.suspend(acting, userId));
    }

    @Delete("/users/{userId}/suspension")
    @Operation(summary = "ユーザーIDの利用再開", description = "利用停止中のユーザーIDを再開します。本人は次のリクエストから使えるようになります。")
    @ApiResponse(responseCode = "200", description = "再開したユーザーID")
    @ApiResponse(responseCode = "409", description = "利用停止中ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserView reinstateUser(@Parameter(hidden = true) Acting acting, @PathVariable String userId) {
        return UserView.from(desk.reinstate(acting, userId));
    }
}
