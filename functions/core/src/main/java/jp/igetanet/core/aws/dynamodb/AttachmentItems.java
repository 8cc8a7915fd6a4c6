package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.record.Attachment;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps an {@link Attachment} of the shared record to its item and back. */
final class AttachmentItems {

    private AttachmentItems() {
    }

    static Map<String, AttributeValue> toItem(Attachment attachment) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.attachment(attachment.patientId(), attachment.id()));
        item.put("type", s("attachment"));
        item.put("patientId", s(attachment.patientId()));
        item.put("id", s(attachment.id()));
        item.put("objectKey", s(attachment.objectKey()));
        item.put("contentType", s(attachment.contentType()));
        item.put("uploadedBy", s(attachment.uploadedBy()));
        item.put("createdAt", instant(attachment.createdAt()));
        item.put(Keys.EXPIRES_AT, n(attachment.expiresAt().getEpochSecond()));
        return item;
    }

    static Attachment fromItem(Map<String, AttributeValue> item) {
        return new Attachment(string(item, "patientId"), string(item, "id"), string(item, "objectKey"),
                string(item, "contentType"), string(item, "uploadedBy"), instant(item, "createdAt"),
                Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)));
    }
}
