package jp.igetanet.posting;

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
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.record.PostCategory;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A patient's shared record (連絡帳): the care team's posts, newest first. */
@Controller("/patients/{patientId}/posts")
@Tag(name = "posts", description = "連絡帳")
public class PostController {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 50);

    private final PostDesk desk;

    public PostController(PostDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "投稿", description = "ケアチームのメンバーが連絡帳に投稿します。バイタル・服薬（YJコード）・検査結果"
            + "（JLAC10）・添付ファイルを構造化して記録できます。服薬が重複投薬になるときは、応答の medicationWarnings に"
            + "警告が入ります（投稿は記録されます）。投稿は5年間保存され、その後は表示されません（第15条）。")
    @Status(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "投稿")
    @ApiResponse(responseCode = "400", description = "区分・本文・バイタル・服薬・検査結果・添付ファイルの誤り",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "療養者がいない、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<PostView> createPost(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                             @Body PostRequest request) {
        PostView post = PostView.created(desk.create(acting, patientId, request));
        return HttpResponse.created(post, URI.create("/patients/" + patientId + "/posts/" + post.id()));
    }

    @Get
    @Operation(summary = "連絡帳（新しい順）", description = "category で区分を絞れます。")
    @ApiResponse(responseCode = "200", description = "投稿の一覧")
    public PostView.Page timeline(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                  @Parameter(description = "区分コード") @QueryValue @Nullable String category,
                                  @Parameter(description = "前回の応答の nextCursor") @QueryValue @Nullable String cursor,
                                  @Parameter(description = "1ページの件数（1〜50、既定20）") @QueryValue @Nullable Integer limit) {
        Optional<PostCategory> chosen = Optional.ofNullable(category).flatMap(PostCategory::fromCode);
        PAGES.check(new Validation()
                .check(category == null || chosen.isPresent(), "category", "区分が正しくありません。"), limit)
                .throwIfInvalid();
        PageRequest<String> asked = PAGES.request(cursor, limit);
        PostDesk.Timeline timeline = desk.timeline(acting, patientId, chosen, asked.after(), asked.limit());
        List<PostView> page = timeline.posts().stream()
                .map(post -> PostView.listed(post, timeline.read().contains(post.id()))).toList();
        return new PostView.Page(page, page.size() == asked.limit() ? Cursor.encode(page.getLast().id()) : null,
                PatientView.NOTICE);
    }

    @Get("/{postId}")
    @Operation(summary = "投稿", description = "1件の投稿と、訂正前の版（古い順）です。保存期間（5年）を過ぎた投稿は 404 です。")
    @ApiResponse(responseCode = "200", description = "投稿")
    @ApiResponse(responseCode = "404", description = "投稿がない、保存期間を過ぎた、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PostView getPost(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                            @PathVariable String postId) {
        PostDesk.Versioned found = desk.find(acting, patientId, postId);
        return PostView.from(found.post(), found.history());
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
    public HttpResponse<PostView> correctPost(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                              @PathVariable String postId, @Body CorrectionRequest request) {
        PostDesk.Versioned next = desk.correct(acting, patientId, postId, request);
        PostView corrected = PostView.from(next.post(), next.history());
        return HttpResponse.created(corrected, URI.create("/patients/" + patientId + "/posts/" + postId));
    }

    @Post("/{postId}/read")
    @Operation(summary = "既読にする", description = "呼び出した利用者が投稿を読んだことを記録します。2回目以降は最初の記録のままです。")
    @ApiResponse(responseCode = "200", description = "既読")
    public PostView.Reading markRead(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                     @PathVariable String postId) {
        return new PostView.Reading(postId, desk.markRead(acting, patientId, postId));
    }

    @Get("/{postId}/readers")
    @Operation(summary = "既読の利用者", description = "投稿を読んだ利用者と、最初に読んだ日時です。")
    @ApiResponse(responseCode = "200", description = "既読の利用者")
    public PostView.Readers readers(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                    @PathVariable String postId) {
        return new PostView.Readers(desk.readers(acting, patientId, postId).stream()
                .map(reading -> new PostView.Reader(reading.userId(), reading.readAt())).toList());
    }
}
