package jp.igetanet.portal;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.network.Networks;

/** The network a public portal request names ({@code ?network=}): 400 without one, 404 when it does not exist. */
@Singleton
public class PublicNetworks {

    private final Networks networks;

    public PublicNetworks(Networks networks) {
        this.networks = networks;
    }

    public String require(String networkId) {
        new Validation().check(networkId != null && !networkId.isBlank(), "network", "地域ネットワークのIDを指定してください。")
                .throwIfInvalid();
        return networks.find(networkId).map(network -> network.id())
                .orElseThrow(() -> new ApiException(ErrorCode.NETWORK_NOT_FOUND));
    }
}
