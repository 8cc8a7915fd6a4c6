package jp.igetanet.projects;

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
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.project.ProjectText;

import java.net.URI;
import java.util.Optional;

/** A project's posts: threads newest first, replies, read marks, pins, event answers and search. */
@Controller("/projects/{projectId}/posts")
@Tag(name = "projects", description = "プロジェクト")
public class ProjectPostController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 50);
    static final int MAX_SEARCH_WORDS = 100;

    private final ProjectPostDesk desk;

    public ProjectPostController(ProjectPostDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "プロジェクトへの投稿", description = "メンバーがスレッドを始めるか（event を付けると日時・場所・オンライン会議の"
            + "URLのあるイベントになり、メンバーが出欠を回答できます）、replyTo のスレッドに返信します。地域の全利用者のプロジェクトでは、"
            + "スレッドを始めるのは事務局（運用者）で、全員が返信できます。療養者IDや療養者の連絡帳へのリンクを含む投稿は受け付けません。"
            + "投稿は5年間保存され、その後は表示されません（第15条）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "投稿")
    @ApiResponse(responseCode = "400", description = "本文・添付ファイル・イベント・返信先の誤り、療養者の情報を含む",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "メンバーでない、または地域の全利用者のプロジェクトでスレッドを始めようとした",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "プロジェクトがない、または見られない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectPostView> createProjectPost(@Parameter(hidden = true) Acting acting,
                                                           @PathVariable String projectId, @Body ProjectPostRequest request) {
        ProjectPostDesk.PostThread created = desk.create(acting, projectId, request);
        return HttpResponse.created(ProjectPostView.from(created),
                URI.create("/projects/" + projectId + "/posts/" + created.post().id()));
    }

    @Get
    @Operation(summary = "プロジェクトの投稿（新しい順）", description = "q がなければスレッド（最初の投稿と返信の数）を新しい順に、"
            + "最初のページにはピン留めされた投稿も返します。q があれば、本文にその語を含む投稿と返信を新しい順に返します（全角・半角、"
            + "ひらがな・カタカナ、大文字・小文字を区別しません）。検索は1回に読む範囲が限られるため、件数が少なくても nextCursor が"
            + "あれば続きがあります。")
    @ApiResponse(responseCode = "200", description = "投稿の一覧")
    public ProjectPostView.Page readProjectTimeline(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                                   @Parameter(description = "検索語（100文字以内）") @QueryValue @Nullable String q,
                                                   @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                                   @Parameter(description = "1ページの件数（1〜50、既定20）") @QueryValue @Nullable Integer limit) {
        PAGES.check(new Validation()
                .check(q == null || !ProjectText.searchable(q).isEmpty() && q.length() <= MAX_SEARCH_WORDS, "q",
                        "検索語は1〜" + MAX_SEARCH_WORDS + "文字で指定してください。"), limit)
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        return ProjectPostView.Page.from(desk.timeline(acting, projectId, Optional.ofNullable(q), asked.after(),
                asked.limit()));
    }

    @Get("/{postId}")
    @Operation(summary = "プロジェクトの投稿", description = "訂正前の版、スレッドの最初の投稿なら返信（古い順）、イベントなら出欠の回答とともに返します。")
    @ApiResponse(responseCode = "200", description = "投稿")
    @ApiResponse(responseCode = "404", description = "投稿がない、保存期間を過ぎた、またはプロジェクトが見られない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectPostView getProjectPost(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                          @PathVariable String postId) {
        return ProjectPostView.from(desk.find(acting, projectId, postId));
    }

    @Post("/{postId}/corrections")
    @Operation(summary = "投稿の訂正", description = "投稿した本人が訂正します。訂正は新しい版になり、元の版は訂正者・日時・理由とともに"
            + "履歴に残って読めます（第27条第1項第8号）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "訂正後の投稿")
    @ApiResponse(responseCode = "403", description = "本人の投稿ではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "他の訂正と競合した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<ProjectPostView> correctProjectPost(@Parameter(hidden = true) Acting acting,
                                                            @PathVariable String projectId, @PathVariable String postId,
                                                            @Body ProjectCorrectionRequest request) {
        return HttpResponse.created(ProjectPostView.from(desk.correct(acting, projectId, postId, request)),
                URI.create("/projects/" + projectId + "/posts/" + postId));
    }

    @Post("/{postId}/read")
    @Operation(summary = "既読にする", description = "呼び出した利用者が投稿を読んだことを記録し、未読の数を減らします。"
            + "2回目以降は最初の記録のままです。")
    @ApiResponse(responseCode = "200", description = "既読")
    public ProjectPostView.Reading markProjectPostRead(@Parameter(hidden = true) Acting acting,
                                                       @PathVariable String projectId, @PathVariable String postId) {
        return new ProjectPostView.Reading(postId, desk.markRead(acting, projectId, postId));
    }

    @Get("/{postId}/readers")
    @Operation(summary = "既読の利用者", description = "投稿を読んだ利用者と、最初に読んだ日時です。")
    @ApiResponse(responseCode = "200", description = "既読の利用者")
    public ProjectPostView.Readers readProjectPostReaders(@Parameter(hidden = true) Acting acting,
                                                          @PathVariable String projectId, @PathVariable String postId) {
        return new ProjectPostView.Readers(desk.readers(acting, projectId, postId).stream()
                .map(reading -> new ProjectPostView.Reader(reading.userId(), reading.readAt())).toList());
    }

    @Put("/{postId}/pin")
    @Operation(summary = "ピン留め", description = "オーナーと管理者が、スレッドの最初の投稿をスレッドの一覧の先頭に留めます（10件まで）。")
    @ApiResponse(responseCode = "204", description = "ピン留めしました（すでにピン留めされていても同じ）")
    @ApiResponse(responseCode = "403", description = "オーナー・管理者でない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "返信、または10件ピン留め済み",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> pinProjectPost(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                             @PathVariable String postId) {
        desk.pin(acting, projectId, postId);
        return HttpResponse.noContent();
    }

    @Delete("/{postId}/pin")
    @Operation(summary = "ピン留めの解除", description = "プロジェクトの管理者が、スレッドのピン留めを外します。")
    @ApiResponse(responseCode = "204", description = "解除しました（ピン留めされていなくても同じ）")
    @ApiResponse(responseCode = "403", description = "オーナー・管理者でない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> unpinProjectPost(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                               @PathVariable String postId) {
        desk.unpin(acting, projectId, postId);
        return HttpResponse.noContent();
    }

    @Put("/{postId}/attendance")
    @Operation(summary = "出欠の回答", description = "メンバーがイベントに出席・欠席を回答します。イベントが終わるまで何度でも回答を変えられます。")
    @ApiResponse(responseCode = "200", description = "回答を含むイベントの投稿")
    @ApiResponse(responseCode = "400", description = "回答の誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "イベントでない、または終了した",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProjectPostView answerProjectEvent(@Parameter(hidden = true) Acting acting, @PathVariable String projectId,
                                              @PathVariable String postId, @Body AttendanceRequest request) {
        return ProjectPostView.from(desk.answer(acting, projectId, postId, request));
    }
}
