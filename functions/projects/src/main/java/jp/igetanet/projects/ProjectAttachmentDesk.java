package jp.igetanet.projects;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectAttachment;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.project.ProjectPosts;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Retention;
import jp.igetanet.core.upload.Uploads;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Files of a project: its members upload and download them through presigned URLs valid for minutes, keyed under the
 * project, with the same types and size limit as the record's; they expire with the same five years as posts (§15).
 */
@Singleton
public class ProjectAttachmentDesk {

    private final ProjectGate gate;
    private final ProjectPosts posts;
    private final FileStore files;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public ProjectAttachmentDesk(ProjectGate gate, ProjectPosts posts, FileStore files, AuditLog audit, SortableIds ids,
                                 Clock clock) {
        this.gate = gate;
        this.posts = posts;
        this.files = files;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Started start(Acting acting, String projectId, String contentType, Long bytes) {
        Project project = gate.member(acting.caller(), projectId).project();
        FileStore.DeclaredFile file = Uploads.declared("添付ファイル", contentType, bytes);
        Instant now = clock.instant();
        String id = ids.next();
        ProjectAttachment attachment = new ProjectAttachment(project.id(), id,
                FileStore.projectKey(project.id(), "attachments", id), file.contentType(), acting.userId(), now,
                Retention.expiresAt(now));
        posts.createAttachment(attachment);
        audit.record(acting.audited(AuditAction.PROJECT_ATTACHMENT_UPLOAD_STARTED,
                AuditTarget.project(project.id()), now));
        return new Started(attachment, file, files.uploadUrl(attachment.objectKey(), file, FileStore.URL_VALIDITY),
                now.plus(FileStore.URL_VALIDITY));
    }

    public Uploads.Granted download(Acting acting, String projectId, String attachmentId) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        ProjectAttachment attachment = Optional.ofNullable(attachmentId).filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.attachment(project.id(), id, now))
                .orElseThrow(() -> new ApiException(ErrorCode.ATTACHMENT_UNKNOWN));
        Uploads.Granted granted = Uploads.grant(files, attachment.objectKey(), attachment.contentType(), now);
        audit.record(acting.audited(AuditAction.PROJECT_ATTACHMENT_DOWNLOADED, AuditTarget.project(project.id()), now));
        return granted;
    }

    /** A started upload: the URL to PUT the declared file to, with the headers its signature covers. */
    public record Started(ProjectAttachment attachment, FileStore.DeclaredFile file, URI uploadUrl,
                          Instant uploadUrlExpiresAt) {
    }
}
