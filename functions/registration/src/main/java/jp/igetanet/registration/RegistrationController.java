package jp.igetanet.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Facilities apply through the portal (§6-1); the operator reviews the applications of their network. */
@Controller("/registrations")
@Tag(name = "registrations", description = "施設の利用登録")
public class RegistrationController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 100);

    private final RegistrationDesk desk;

    public RegistrationController(RegistrationDesk desk) {
        this.desk = desk;
    }

    @Post
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "利用登録の申請", description = "施設の利用登録を申請します（様式第1の誓約を含む）。ログインは不要です。"
            + "事務局の承認まで、アカウントは作られません。")
    @ApiResponse(responseCode = "202", description = "受け付けました")
    @ApiResponse(responseCode = "400", description = "入力内容の誤り（項目ごとのメッセージ付き）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ApplicationView.Receipt> submitApplication(@Body ApplicationRequest request,
                                                                   @Parameter(hidden = true) RequestOrigin origin) {
        RegistrationApplication application = desk.submit(request, origin);
        String statusUrl = "/registrations/" + application.id();
        return HttpResponse.accepted(URI.create(statusUrl))
                .body(new ApplicationView.Receipt(application.id(), application.status().code(), statusUrl));
    }

    @Get
    @Operation(summary = "申請の一覧（事務局）", description = "事務局の地域ネットワークの申請を、審査状況ごとに古い順で返します。")
    @ApiResponse(responseCode = "200", description = "申請の一覧")
    @ApiResponse(responseCode = "403", description = "事務局ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationView.Page listApplications(
            @Parameter(hidden = true) Acting acting,
            @Parameter(description = "審査状況（submitted, approved, rejected。既定 submitted）") @QueryValue @Nullable String status,
            @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
            @Parameter(description = "1ページの件数（1〜100、既定20）") @QueryValue @Nullable Integer limit) {
        Optional<RegistrationStatus> parsed = status == null ? Optional.of(RegistrationStatus.SUBMITTED)
                : RegistrationStatus.fromCode(status);
        PAGES.check(new Validation()
                .check(parsed.isPresent(), "status", "審査状況は submitted, approved, rejected のいずれかです。"), limit)
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        List<RegistrationApplication> page = desk.list(acting, parsed.get(), asked.after(), asked.limit());
        String next = page.size() == asked.limit() ? Cursor.encode(page.getLast().id()) : null;
        return new ApplicationView.Page(page.stream().map(ApplicationView::from).toList(), next);
    }

    @Get("/{applicationId}")
    @Operation(summary = "申請の詳細（事務局）", description = "事務局の地域ネットワークの申請を1件、審査状況とともに返します。")
    @ApiResponse(responseCode = "200", description = "申請")
    @ApiResponse(responseCode = "404", description = "申請がない（他の地域ネットワークの申請を含む）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationView getApplication(@Parameter(hidden = true) Acting acting, @PathVariable String applicationId) {
        return ApplicationView.from(desk.find(acting, applicationId));
    }

    @Post("/{applicationId}/approval")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "申請の承認（事務局）", description = "審査中の申請を承認します。施設を参加施設として登録し、施設責任者の"
            + "ユーザーIDと仮パスワードを発行します（第6条第2項）。仮パスワードは、手渡しの設定ではこの応答でだけ返すので、施設責任者へ"
            + "確実に手渡してください。メールの設定では Cognito が申請のメールアドレスへ送り、応答には含めません。")
    @ApiResponse(responseCode = "201", description = "承認し、施設と施設責任者のアカウントを作りました")
    @ApiResponse(responseCode = "409", description = "審査が終わっている、または他の更新と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ApplicationView.Approved> approveApplication(@Parameter(hidden = true) Acting acting,
                                                                     @PathVariable String applicationId) {
        RegistrationDesk.Approval approval = desk.approve(acting, applicationId);
        return HttpResponse.created(new ApplicationView.Approved(
                        ApplicationView.from(desk.find(acting, applicationId)), approval.facility().id(),
                        approval.administrator().userId(), approval.temporaryPassword().orElse(null),
                        approval.temporaryPassword().isPresent() ? "handover" : "email"),
                URI.create("/facilities/" + approval.facility().id()));
    }

    @Post("/{applicationId}/rejection")
    @Operation(summary = "申請の却下（事務局）", description = "審査中の申請を、理由を付けて却下します。")
    @ApiResponse(responseCode = "200", description = "却下した申請")
    @ApiResponse(responseCode = "409", description = "審査が終わっている、または他の更新と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationView rejectApplication(@Parameter(hidden = true) Acting acting, @PathVariable String applicationId,
                                             @Body ApplicationView.Rejection rejection) {
        return ApplicationView.from(desk.reject(acting, applicationId, rejection.reason()));
    }
}
