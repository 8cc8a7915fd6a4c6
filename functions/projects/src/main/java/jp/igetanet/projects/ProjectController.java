package jp.igetanet.projects;

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
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;

import java.net.URI;
import java.util.List;

/** Projects (§2): groups of the network's users for training, information exchange and administrative contact. */
@Controller("/projects")
@Tag(name = "projects", description = "プロジェクト")
public class ProjectController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 50);

    private final ProjectDesk desk;

    public ProjectController(ProjectDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "プロジェクトの作成", description = "自分の地域ネットワークにプロジェクトを作り、オーナーになります。"
            + "admission が network（地域の全利用者がメンバー、例: 事務局からのお知らせ）のプロジェクトは事務局（運用者）だけが作れます。"
            + "プロジェクトには療養者の情報を書き込めません。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "作成したプロジェクト")
    @ApiResponse(responseCode = "400", description = "名前・種類・参加の方法の誤り、療養者IDを含む",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "運用者でないのに地域の全利用者のプロジェクトを作ろうとした",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectView> createProject(@Parameter(hidden = true) Acting acting, @Body ProjectRequest request) {
        ProjectView project = ProjectView.from(desk.create(acting, request));
        return HttpResponse.created(project, URI.create("/projects/" + project.id()));
    }

    @Get
    @Operation(summary = "プロジェクトの一覧", description = "view=mine（既定）: 自分がメンバーのプロジェクトを、未読の投稿の数とともに"
            + "新しい順に返します（地域の全利用者のプロジェクトは最初のページの先頭に）。view=open: 自分の地域ネットワークの参加自由の"
            + "プロジェクトを新しい順に返します。")
    @ApiResponse(responseCode = "200", description = "プロジェクトの一覧")
    @ApiResponse(responseCode = "400", description = "view・cursor・limit の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectView.Page listProjects(@Parameter(hidden = true) Acting acting,
                                         @Parameter(description = "mine（既定）または open") @QueryValue @Nullable String view,
                                         @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                         @Parameter(description = "1ページの件数（1〜50、既定20）") @QueryValue @Nullable Integer limit) {
        PAGES.check(new Validation()
                .check(view == null || view.equals("mine") || view.equals("open"), "view", "view は mine か open で指定してください。"), limit)
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        ProjectDesk.Listing listing = "open".equals(view) ? desk.open(acting, asked.after(), asked.limit())
                : desk.mine(acting, asked.after(), asked.limit());
        List<ProjectView> items = listing.items().stream().map(ProjectView::listed).toList();
        return new ProjectView.Page(items, listing.afterProjectId().map(Cursor::encode).orElse(null), ProjectView.NOTICE);
    }

    @Get("/{projectId}")
    @Operation(summary = "プロジェクト", description = "メンバーと、参加自由のプロジェクトでは同じ地域ネットワークの利用者が読めます。")
    @ApiResponse(responseCode = "200", description = "プロジェクト")
    @ApiResponse(responseCode = "404", description = "ない、または見られない（招待制でメンバーでない、他の地域）",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectView getProject(@Parameter(hidden = true) Acting acting, @PathVariable String projectId) {
        return ProjectView.from(desk.find(acting, projectId));
    }

    @Patch("/{projectId}")
    @Operation(summary = "プロジェクトの変更", description = "オーナーと管理者が、読んだ版（version）に対して名前・説明・種類・"
            + "参加の方法（open と invitation の間）を変えます。")
    @ApiResponse(responseCode = "200", description = "変更したプロジェクト")
    @ApiResponse(responseCode = "400", description = "入力の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "オーナー・管理者でない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "他の変更と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectView changeProject(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                     @Body ProjectChangeRequest request) {
        return ProjectView.from(desk.change(acting, projectId, request));
    }
}
