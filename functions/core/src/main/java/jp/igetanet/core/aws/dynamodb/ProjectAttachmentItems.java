package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.project.ProjectAttachment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link ProjectAttachment} to its item and back. */
final class ProjectAttachmentItems {

    private ProjectAttachmentItems() {
    }

    static Map<String, AttributeValue> toItem(ProjectAttachment attachment) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.projectAttachment(attachment.projectId(), attachment.id()));
        item.put("type", s("project-attachment"));
        item.put("projectId", s(attachment.projectId()));
        item.put("id", s(attachment.id()));
        item.put("objectKey", s(attachment.objectKey()));
        item.put("contentType", s(attachment.contentType()));
        item.put("uploadedBy", s(attachment.uploadedBy()));
        item.put("createdAt", instant(attachment.createdAt()));
        item.put(Keys.EXPIRES_AT, n(attachment.expiresAt().getEpochSecond()));
        return item;
    }

    static ProjectAttachment fromItem(Map<String, AttributeValue> item) {
        return new ProjectAttachment(string(item, "projectId"), string(item, "id"), string(item, "objectKey"),
                string(item, "contentType"), string(item, "uploadedBy"), instant(item, "createdAt"),
                Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)));
    }
}
