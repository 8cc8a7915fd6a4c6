package jp.igetanet.core.facility;

import java.time.Instant;

/**
 * A facility administrator's application to leave the network (利用廃止申請, §9): who asked, when, and why. The
 * facility keeps working until the operator approves it.
 */
public record DeregistrationRequest(Instant requestedAt, String requestedBy, String reason) {
}
