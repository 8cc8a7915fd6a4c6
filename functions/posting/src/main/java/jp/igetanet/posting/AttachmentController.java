package jp.igetanet.posting;

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

/** Files of a patient's shared record, moved by the client through short-lived presigned URLs. */
@Controller("/patients/{patientId}/attachments")
@Tag(name = "posts", description = "連絡帳")
public class AttachmentController {

    private final AttachmentDesk desk;

    public AttachmentController(AttachmentDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "添付ファイルのアップロード開始", description = "写真や文書（JPEG・PNG・HEIC・PDF、10MBまで）の形式と大きさを"
            + "申告すると、それをちょうど1回分 PUT できる URL を発行します（数分有効）。PUT には uploadHeaders をそのまま付けます。"
            + "申告と違う形式や大きさの PUT は保存先が 403 で拒否します。ファイルは投稿と同じく5年間保存されます。")
    @ApiResponse(responseCode = "201", description = "アップロード先",
            content = @Content(schema = @Schema(implementation = AttachmentUpload.class)))
    @ApiResponse(responseCode = "400", description = "形式が対応していない、大きさがない・0・10MB超",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<AttachmentUpload> startAttachment(@Parameter(hidden = true) Acting acting,
                                                          @PathVariable String patientId,
                                                          @Body AttachmentRequest request) {
        AttachmentDesk.Started started = desk.start(acting, patientId, request.contentType(), request.bytes());
        return HttpResponse.created(AttachmentUpload.of(started.attachment().id(), started.uploadUrl(), started.file(),
                        started.uploadUrlExpiresAt()),
                URI.create("/patients/" + patientId + "/attachments/" + started.attachment().id()));
    }

    @Get("/{attachmentId}")
    @Operation(summary = "添付ファイルのダウンロード", description = "ファイルを GET する URL を返します（数分有効）。")
    @ApiResponse(responseCode = "200", description = "ダウンロード先",
            content = @Content(schema = @Schema(implementation = AttachmentDownload.class)))
    @ApiResponse(responseCode = "404", description = "ない、アップロードされていない（10MB超を含む）、保存期間を過ぎた、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttachmentDownload download(@Parameter(hidden = true) Acting acting, @PathVariable String patientId,
                                       @PathVariable String attachmentId) {
        return AttachmentDownload.of(attachmentId, desk.download(acting, patientId, attachmentId));
    }
}
