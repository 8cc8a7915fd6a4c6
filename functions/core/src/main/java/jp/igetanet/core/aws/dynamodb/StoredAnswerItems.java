package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.http.StoredAnswers.Answer;
import jp.igetanet.core.http.StoredAnswers.Claim;
import jp.igetanet.core.http.StoredAnswers.Stored;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.bool;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * Maps a {@link Claim} of an idempotency key, and the {@link Answer} that completes it, to its item, and the item
 * back to what is {@link Stored}; an item without a status is a claim still in progress.
 */
final class StoredAnswerItems {

    static final String CLAIMED_AT = "claimedAt";
    static final String STATUS = "status";
    private static final String FINGERPRINT = "fingerprint";
    private static final String HEADERS = "headers";
    private static final String BODY = "body";
    private static final String BASE64 = "base64";

    private StoredAnswerItems() {
    }

    /** The item of a claim: the key, the request's fingerprint, when it was claimed and until when it lives. */
    static Map<String, AttributeValue> toItem(Claim claim) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.storedAnswer(claim.id()));
        item.put(FINGERPRINT, s(claim.fingerprint()));
        item.put(CLAIMED_AT, n(claim.claimedAt().toEpochMilli()));
        item.put(Keys.EXPIRES_AT, n(claim.expiresAt().getEpochSecond()));
        return item;
    }

    /** The claim's item with its answer; one about a patient is in the patient's GSI2 partition, for the purge. */
    static Map<String, AttributeValue> toItem(Claim claim, Answer answer, Optional<String> patientId) {
        Map<String, AttributeValue> item = toItem(claim);
        item.put(STATUS, n(answer.status()));
        Map<String, AttributeValue> headers = new HashMap<>();
        answer.headers().forEach((name, value) -> headers.put(name, s(value)));
        item.put(HEADERS, AttributeValue.fromM(headers));
        Attributes.putIfPresent(item, BODY, answer.body());
        item.put(BASE64, bool(answer.base64Encoded()));
        patientId.ifPresent(patient -> {
            item.put(Keys.GSI2PK, s(Keys.answersAboutPatient(patient)));
            item.put(Keys.GSI2SK, s(claim.id()));
        });
        return item;
    }

    static Stored fromItem(Map<String, AttributeValue> item) {
        if (!item.containsKey(STATUS)) {
            return new Stored(string(item, FINGERPRINT), Optional.empty());
        }
        Map<String, String> headers = new HashMap<>();
        AttributeValue stored = item.get(HEADERS);
        if (stored != null && stored.hasM()) {
            stored.m().forEach((name, value) -> headers.put(name, value.s()));
        }
        return new Stored(string(item, FINGERPRINT), Optional.of(new Answer((int) number(item, STATUS), headers,
                string(item, BODY), bool(item, BASE64))));
    }
}
