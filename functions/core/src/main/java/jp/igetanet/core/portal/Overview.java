package jp.igetanet.core.portal;

import java.time.Instant;

/** What the portal's top page says about a network (§2-2(2)): a title and plain text the operator maintains. */
public record Overview(String networkId, String title, String body, long version, Instant updatedAt, String updatedBy) {
}
