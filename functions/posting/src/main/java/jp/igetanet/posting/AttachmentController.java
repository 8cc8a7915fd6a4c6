package jp.igetanet.posting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.Problem;
import jp.igetanet.core.storage.FileStore;

import java.net.URI;
import java.time.Instant;

/** Files of a patient's shared record, moved by the client through short-lived presigned URLs. */
@Controller("/patients/{patientId}/attachments")
@Tag(name = "posts", description = "連絡帳")
public class AttachmentController {

    private final AttachmentDesk desk;

    public AttachmentController(AttachmentDesk desk) {
        this.desk = desk;
    }

    @Post
    @Operation(summary = "添付ファイルのアップロード開始", description = "写真や文書（JPEG・PNG・HEIC・PDF、10MBまで）を PUT する URL を"
            + "発行します（数分有効）。ファイルは投稿と同じく5年間保存されます。")
    @ApiResponse(responseCode = "201", description = "アップロード先")
    @ApiResponse(responseCode = "400", description = "形式が対応していない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Upload> startAttachment(@Parameter(hidden = true) Caller caller, @PathVariable String patientId,
                                                @Body AttachmentRequest request,
                                                @Parameter(hidden = true) RequestOrigin origin) {
        AttachmentDesk.Started started = desk.start(caller, patientId, request.contentType(), origin);
        return HttpResponse.created(new Upload(started.attachment().id(), started.uploadUrl(), "PUT",
                        started.attachment().contentType(), started.uploadUrlExpiresAt(), FileStore.MAX_BYTES),
                URI.create("/patients/" + patientId + "/attachments/" + started.attachment().id()));
    }

    @Get("/{attachmentId}")
    @Operation(summary = "添付ファイルのダウンロード", description = "ファイルを GET する URL を返します（数分有効）。")
    @ApiResponse(responseCode = "200", description = "ダウンロード先")
    @ApiResponse(responseCode = "404", description = "ない、アップロードされていない（10MB超を含む）、保存期間を過ぎた、またはケアチームのメンバーではない",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Download download(@Parameter(hidden = true) Caller caller, @PathVariable String patientId,
                             @PathVariable String attachmentId, @Parameter(hidden = true) RequestOrigin origin) {
        Uploads.Granted granted = desk.download(caller, patientId, attachmentId, origin);
        return new Download(attachmentId, granted.downloadUrl(), granted.contentType(), granted.bytes(),
                granted.downloadUrlExpiresAt());
    }

    /** A started upload. */
    @Serdeable
    @Schema(name = "AttachmentUpload")
    public record Upload(String attachmentId, URI uploadUrl, String method, String contentType, Instant expiresAt,
                         long maxBytes) {
    }

    /** A granted download. */
    @Serdeable
    @Schema(name = "AttachmentDownload")
    public record Download(String attachmentId, URI downloadUrl, String contentType, long bytes, Instant expiresAt) {
    }
}
