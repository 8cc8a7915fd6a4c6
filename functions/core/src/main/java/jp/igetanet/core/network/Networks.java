package jp.igetanet.core.network;

import java.util.Optional;

/** Stores networks. */
public interface Networks {

    Optional<Network> find(String networkId);

    /** Stores a new network; fails with {@code CONFLICT} if the id is taken. */
    void create(Network network);
}
