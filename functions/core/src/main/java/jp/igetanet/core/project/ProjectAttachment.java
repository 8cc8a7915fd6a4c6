package jp.igetanet.core.project;

import java.time.Instant;

/** A file of a project (training slides, a meeting's minutes), kept as long as a post (§15). */
public record ProjectAttachment(String projectId, String id, String objectKey, String contentType, String uploadedBy,
                                Instant createdAt, Instant expiresAt) {
}
