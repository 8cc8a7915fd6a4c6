package jp.igetanet.core.network;

import java.time.Instant;

/** Named collaboration agreements for unit tests. */
public final class AgreementFixtures {

    public static final Instant PROPOSED = Instant.parse("2026-05-01T00:00:00Z");
    public static final Instant ACCEPTED = Instant.parse("2026-05-08T00:00:00Z");

    private AgreementFixtures() {
    }

    /** Proposed by the first network's operator, not accepted yet. */
    public static Agreement aProposedAgreement(String id, String proposerNetworkId, String partnerNetworkId) {
        return new Agreement(id, proposerNetworkId, partnerNetworkId, AgreementStatus.PROPOSED, "西三河広域連携",
                proposerNetworkId + "-operator", PROPOSED, null, null, null, null);
    }

    /** Stores an agreement of two networks and puts it in force, as their operators do. */
    public static Agreement anAgreementInForce(Agreements agreements, String id, String networkId, String otherNetworkId) {
        Agreement proposed = aProposedAgreement(id, networkId, otherNetworkId);
        agreements.propose(proposed);
        Agreement accepted = proposed.accepted(otherNetworkId + "-operator", ACCEPTED);
        agreements.accept(accepted);
        return accepted;
    }
}
