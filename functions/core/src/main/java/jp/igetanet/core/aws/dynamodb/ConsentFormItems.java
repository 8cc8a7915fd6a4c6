package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.patient.ConsentForm;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * Maps an uploaded {@link ConsentForm} to its item and back; an unused form's item expires, and each is in its
 * patient's GSI2 partition for the purge.
 */
final class ConsentFormItems {

    /** Set once, when a consent takes the form. */
    static final String USED = "used";

    private ConsentFormItems() {
    }

    static Map<String, AttributeValue> toItem(ConsentForm form) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.consentForm(form.id()));
        item.put("type", s("consent-form"));
        item.put("id", s(form.id()));
        item.put("patientId", s(form.patientId()));
        item.put("objectKey", s(form.objectKey()));
        item.put("contentType", s(form.contentType()));
        item.put("uploadedBy", s(form.uploadedBy()));
        item.put("createdAt", instant(form.createdAt()));
        item.put("usableUntil", instant(form.usableUntil()));
        item.put(Keys.EXPIRES_AT, n(form.usableUntil().getEpochSecond()));
        item.put(Keys.GSI2PK, s(Keys.formsOfPatient(form.patientId())));
        item.put(Keys.GSI2SK, s(form.id()));
        return item;
    }

    static ConsentForm fromItem(Map<String, AttributeValue> item) {
        return new ConsentForm(string(item, "id"), string(item, "patientId"), string(item, "objectKey"),
                string(item, "contentType"), string(item, "uploadedBy"), instant(item, "createdAt"),
                instant(item, "usableUntil"), item.containsKey(USED));
    }
}
