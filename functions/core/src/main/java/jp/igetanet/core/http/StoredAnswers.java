package jp.igetanet.core.http;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps, for a day, the first answer to each request sent with an {@code Idempotency-Key}, so that a client's retry
 * gets that answer again instead of writing twice (draft-ietf-httpapi-idempotency-key-header). A record is first a
 * claim (the request is being answered), then the answer.
 */
public interface StoredAnswers {

    /**
     * Claims {@code id} for a request with this fingerprint, unless a live record holds it: an answer, or a claim
     * made at or after {@code abandonedBefore}. Answers the record that holds it, or empty once the claim is ours.
     */
    Optional<Stored> claim(Claim claim, Instant abandonedBefore);

    /** Replaces our claim with the answer; {@code patientId} names the patient the answer is about, if any. */
    void complete(Claim claim, Answer answer, Optional<String> patientId);

    /** Gives our claim up, so that the client may send the request again. */
    void release(Claim claim);

    /** A claim: the key's id (scoped to the caller), the request's fingerprint, when it was made and until when it lives. */
    record Claim(String id, String fingerprint, Instant claimedAt, Instant expiresAt) {
    }

    /** What holds a key: the fingerprint of its request and, once answered, the answer. */
    record Stored(String fingerprint, Optional<Answer> answer) {
    }

    /** An answer as the function gave it: status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body, boolean base64Encoded) {
    }
}
