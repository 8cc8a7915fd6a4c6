package jp.igetanet.core.network;

import java.time.Instant;

/**
 * A wide-area collaboration agreement (広域連携協定, §4-4/5) between two networks: the operator of one proposes it,
 * the operator of the other accepts it, and from then on users of either network may join the care teams of the
 * other's patients — under the rules of the patient's home network — until the operator of either side ends it.
 * Two networks have at most one agreement proposed or in force at a time.
 */
public record Agreement(
        String id,
        String proposerNetworkId,
        String partnerNetworkId,
        AgreementStatus status,
        String title,
        String proposedBy,
        Instant proposedAt,
        String acceptedBy,
        Instant acceptedAt,
        String endedBy,
        Instant endedAt) {

    public boolean involves(String networkId) {
        return proposerNetworkId.equals(networkId) || partnerNetworkId.equals(networkId);
    }

    /** The other network of the agreement, seen from one of its two. */
    public String otherThan(String networkId) {
        return proposerNetworkId.equals(networkId) ? partnerNetworkId : proposerNetworkId;
    }

    public Agreement accepted(String userId, Instant at) {
        return new Agreement(id, proposerNetworkId, partnerNetworkId, AgreementStatus.IN_FORCE, title, proposedBy,
                proposedAt, userId, at, null, null);
    }

    public Agreement ended(String userId, Instant at) {
        return new Agreement(id, proposerNetworkId, partnerNetworkId, AgreementStatus.ENDED, title, proposedBy,
                proposedAt, acceptedBy, acceptedAt, userId, at);
    }
}
