package jp.igetanet.core.network;

import java.util.List;
import java.util.Optional;

/** Stores collaboration agreements between networks. */
public interface Agreements {

    /** The agreement of two networks that is proposed or in force, if any (one read). */
    Optional<Agreement> open(String networkId, String otherNetworkId);

    /** Whether users of the two networks may share patients now: the same network, or an agreement in force. */
    default boolean inForce(String networkId, String otherNetworkId) {
        return networkId.equals(otherNetworkId) || open(networkId, otherNetworkId)
                .filter(agreement -> agreement.status() == AgreementStatus.IN_FORCE).isPresent();
    }

    /** Every agreement a network is or was party to, newest first. */
    List<Agreement> of(String networkId);

    /** Stores a proposed agreement; CONFLICT when the two networks already have one proposed or in force. */
    void propose(Agreement agreement);

    /** Puts the acceptance in force if the agreement is still the proposed one; false otherwise. */
    boolean accept(Agreement accepted);

    /** Ends the agreement: it is kept as ended and the two networks may make a new one. */
    void end(Agreement ended);
}
