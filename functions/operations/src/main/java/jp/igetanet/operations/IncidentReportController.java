package jp.igetanet.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.incident.IncidentStatus;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Reports of security incidents and defects to the operator, and the operator's handling of them (§21). */
@Controller("/incident-reports")
@Tag(name = "incident-reports", description = "事故・不具合の報告")
public class IncidentReportController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 100);

    private final IncidentDesk desk;

    public IncidentReportController(IncidentDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "報告する", description = "情報セキュリティ事故、システムの不具合、端末の紛失・盗難、不正アクセスの疑いなどに"
            + "気づいた利用者が、直ちに事務局へ報告します（第21条）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "受け付けた報告")
    @ApiResponse(responseCode = "400", description = "種別・日時・内容の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<IncidentReportView> fileIncidentReport(@Parameter(hidden = true) Acting acting,
                                                               @Body IncidentReportRequest request) {
        IncidentReportView report = IncidentReportView.from(desk.file(acting, request));
        return HttpResponse.created(report, URI.create("/incident-reports/" + report.id()));
    }

    @Get
    @Operation(summary = "報告の一覧", description = "事務局は地域ネットワークのすべての報告を、施設責任者は施設の報告を、"
            + "ほかの利用者は自分の報告を、新しい順に読みます。")
    @ApiResponse(responseCode = "200", description = "報告の一覧")
    public IncidentReportView.Page listIncidentReports(@Parameter(hidden = true) Acting acting,
                                                       @Parameter(description = "状態コード") @QueryValue @Nullable String status,
                                                       @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                                       @Parameter(description = "1ページの件数（1〜100、既定20）") @QueryValue @Nullable Integer limit) {
        Optional<IncidentStatus> chosen = Optional.ofNullable(status).flatMap(IncidentStatus::fromCode);
        PAGES.check(new Validation()
                .check(status == null || chosen.isPresent(), "status", IncidentDesk.STATUS_CODES), limit)
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        List<IncidentReportView> page = desk.list(acting, chosen, asked.after(), asked.limit()).stream()
                .map(IncidentReportView::from).toList();
        return new IncidentReportView.Page(page, page.size() == asked.limit() ? Cursor.encode(page.getLast().id()) : null);
    }

    @Get("/{reportId}")
    @Operation(summary = "報告", description = "1件の報告と、事務局が記録した措置です。事務局は地域ネットワークの、施設責任者は自施設の、利用者は自分の報告を読めます。")
    @ApiResponse(responseCode = "200", description = "報告")
    @ApiResponse(responseCode = "404", description = "報告がない、または読めない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentReportView getIncidentReport(@Parameter(hidden = true) Acting acting, @PathVariable String reportId) {
        return IncidentReportView.from(desk.find(acting, reportId));
    }

    @Patch("/{reportId}")
    @Operation(summary = "対応の記録（事務局）", description = "事務局が状態と講じた措置を記録します（第21条第2項）。"
            + "version には読んだ版を送ります。")
    @ApiResponse(responseCode = "200", description = "記録した報告")
    @ApiResponse(responseCode = "403", description = "事務局ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "他の記録と競合した（version が古い）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IncidentReportView handleIncidentReport(@Parameter(hidden = true) Acting acting,
                                                   @PathVariable String reportId, @Body IncidentChangeRequest change) {
        return IncidentReportView.from(desk.handle(acting, reportId, change));
    }
}
