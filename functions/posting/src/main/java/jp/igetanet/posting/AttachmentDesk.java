package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.record.Attachment;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.time.Retention;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.upload.Uploads;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Attachments of a patient's shared record: the care team uploads and downloads them through presigned URLs valid
 * for minutes, keyed under the patient (§14); they expire with the same five years as posts (§15).
 */
@Singleton
public class AttachmentDesk {

    private final CareTeamGate gate;
    private final Posts posts;
    private final FileStore files;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public AttachmentDesk(CareTeamGate gate, Posts posts, FileStore files, AuditLog audit, SortableIds ids, Clock clock) {
        this.gate = gate;
        this.posts = posts;
        this.files = files;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Started start(Acting acting, String patientId, String contentType, Long bytes) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        FileStore.DeclaredFile file = Uploads.declared("添付ファイル", contentType, bytes);
        Instant now = clock.instant();
        String id = ids.next();
        Attachment attachment = new Attachment(patient.patientId(), id,
                FileStore.patientKey(patient.patientId(), "attachments", id),
                file.contentType(), acting.userId(), now, Retention.expiresAt(now));
        posts.createAttachment(patient, attachment);
        audit.record(acting.audited(AuditAction.ATTACHMENT_UPLOAD_STARTED,
                AuditTarget.patient(patient.patientId()), now));
        return new Started(attachment, file, files.uploadUrl(attachment.objectKey(), file, FileStore.URL_VALIDITY),
                now.plus(FileStore.URL_VALIDITY));
    }

    public Uploads.Granted download(Acting acting, String patientId, String attachmentId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        Attachment attachment = Optional.ofNullable(attachmentId).filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.attachment(patient, id, now))
                .orElseThrow(() -> new ApiException(ErrorCode.ATTACHMENT_UNKNOWN));
        Uploads.Granted granted = Uploads.grant(files, attachment.objectKey(), attachment.contentType(), now);
        audit.record(acting.audited(AuditAction.ATTACHMENT_DOWNLOADED, AuditTarget.patient(patient.patientId()), now));
        return granted;
    }

    /** A started upload: the URL to PUT the declared file to, with the headers its signature covers. */
    public record Started(Attachment attachment, FileStore.DeclaredFile file, URI uploadUrl,
                          Instant uploadUrlExpiresAt) {
    }
}
