package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.patient.Consent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a patient's {@link Consent} to its item and back. */
final class ConsentItems {

    private ConsentItems() {
    }

    static Map<String, AttributeValue> toItem(Consent consent) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.consent(consent.patientId(), consent.id()));
        item.put("type", s("consent"));
        item.put("patientId", s(consent.patientId()));
        item.put("id", s(consent.id()));
        item.put("givenBy", s(consent.givenBy().code()));
        putIfPresent(item, "familyName", consent.familyName());
        putIfPresent(item, "relation", consent.relation());
        if (consent.reason() != null) {
            item.put("reason", s(consent.reason().code()));
        }
        item.put("consentedOn", s(consent.consentedOn().toString()));
        item.put("obtainedBy", s(consent.obtainedBy()));
        item.put("formId", s(consent.formId()));
        item.put("recordedAt", instant(consent.recordedAt()));
        return item;
    }

    static Consent fromItem(Map<String, AttributeValue> item) {
        return new Consent(string(item, "patientId"), string(item, "id"),
                Consent.ConsentGiver.fromCode(string(item, "givenBy")).orElseThrow(),
                string(item, "familyName"), string(item, "relation"),
                Optional.ofNullable(string(item, "reason")).flatMap(Consent.FamilyReason::fromCode).orElse(null),
                LocalDate.parse(string(item, "consentedOn")), string(item, "obtainedBy"),
                string(item, "formId"), instant(item, "recordedAt"));
    }
}
