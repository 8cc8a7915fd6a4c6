package jp.igetanet.core.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The pledge 様式第2 (いげたネットの利用に係る誓約書) that a person submits to the facility administrator before an ID
 * is issued (§6-3): which form version, signed when, received by whom.
 */
public record UserPledge(String userId, String formVersion, LocalDate signedOn, String receivedBy, Instant receivedAt) {
}
