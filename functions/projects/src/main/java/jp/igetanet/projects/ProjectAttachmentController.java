package jp.igetanet.projects;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jp.igetanet.core.upload.AttachmentDownload;
import jp.igetanet.core.upload.AttachmentRequest;
import jp.igetanet.core.upload.AttachmentUpload;

import java.net.URI;

/** Files of a project, moved by the client through short-lived presigned URLs. */
@Controller("/projects/{projectId}/attachments")
@Tag(name = "projects", description = "プロジェクト")
public class ProjectAttachmentController {

    private final ProjectAttachmentDesk desk;

    public ProjectAttachmentController(ProjectAttachmentDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "添付ファイルのアップロード開始", description = "研修資料や議事録（JPEG・PNG・HEIC・PDF、10MBまで）の形式と"
            + "大きさを申告すると、それを PUT できる URL を発行します（数分有効）。PUT には uploadHeaders をそのまま付けます。申告と違う"
            + "形式や大きさの PUT は保存先が 403 で拒否します。ファイルは投稿と同じく5年間保存されます。療養者の情報を含むファイルは"
            + "添付しないでください。")
    @ApiResponse(responseCode = "201", description = "アップロード先",
            content = @Content(schema = @Schema(implementation = AttachmentUpload.class)))
    @ApiResponse(responseCode = "400", description = "形式が対応していない、大きさがない・0・10MB超",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<AttachmentUpload> startProjectAttachment(@Parameter(hidden = true) Acting acting,
                                                                 @PathVariable String projectId,
                                                                 @Body AttachmentRequest request) {
        ProjectAttachmentDesk.Started started = desk.start(acting, projectId, request.contentType(), request.bytes());
        return HttpResponse.created(AttachmentUpload.of(started.attachment().id(), started.uploadUrl(),
                        started.file(), started.uploadUrlExpiresAt()),
                URI.create("/projects/" + projectId + "/attachments/" + started.attachment().id()));
    }

    @Get("/{attachmentId}")
    @Operation(summary = "添付ファイルのダウンロード", description = "ファイルを GET する URL を返します（数分有効）。")
    @ApiResponse(responseCode = "200", description = "ダウンロード先",
            content = @Content(schema = @Schema(implementation = AttachmentDownload.class)))
    @ApiResponse(responseCode = "404", description = "ない、アップロードされていない（10MB超を含む）、保存期間を過ぎた",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttachmentDownload downloadProjectAttachment(@Parameter(hidden = true) Acting acting,
                                                        @PathVariable String projectId,
                                                        @PathVariable String attachmentId) {
        return AttachmentDownload.of(attachmentId, desk.download(acting, projectId, attachmentId));
    }
}
