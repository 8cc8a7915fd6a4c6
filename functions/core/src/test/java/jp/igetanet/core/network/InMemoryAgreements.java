package jp.igetanet.core.network;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link Agreements} in memory for unit tests, as the domain table keeps them: two networks have one open agreement
 * (proposed or in force) keyed by the pair in either order, and an ended one is kept beside it for the record.
 */
public class InMemoryAgreements implements Agreements {

    private final Map<String, Agreement> open = new HashMap<>();
    private final List<Agreement> ended = new ArrayList<>();

    @Override
    public synchronized Optional<Agreement> open(String networkId, String otherNetworkId) {
        return Optional.ofNullable(open.get(pair(networkId, otherNetworkId)));
    }

    /** Newest first; an agreement both open and ended (an ending stopped half-way) counts as ended. */
    @Override
    public synchronized List<Agreement> of(String networkId) {
        Map<String, Agreement> byId = new LinkedHashMap<>();
        Stream.concat(open.values().stream(), ended.stream()).filter(agreement -> agreement.involves(networkId))
                .forEach(agreement -> byId.merge(agreement.id(), agreement,
                        (one, other) -> one.status() == AgreementStatus.ENDED ? one : other));
        return byId.values().stream().sorted(Comparator.comparing(Agreement::id).reversed()).toList();
    }

    @Override
    public synchronized void propose(Agreement agreement) {
        if (open.putIfAbsent(pair(agreement.proposerNetworkId(), agreement.partnerNetworkId()), agreement) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized boolean accept(Agreement accepted) {
        String pair = pair(accepted.proposerNetworkId(), accepted.partnerNetworkId());
        Agreement stored = open.get(pair);
        if (stored == null || !stored.id().equals(accepted.id()) || stored.status() != AgreementStatus.PROPOSED) {
            return false;
        }
        open.put(pair, accepted);
        return true;
    }

    @Override
    public synchronized void end(Agreement endedAgreement) {
        if (ended.stream().noneMatch(kept -> kept.id().equals(endedAgreement.id()))) {
            ended.add(endedAgreement);
        }
        open.computeIfPresent(pair(endedAgreement.proposerNetworkId(), endedAgreement.partnerNetworkId()),
                (pair, stored) -> stored.id().equals(endedAgreement.id()) ? null : stored);
    }

    private static String pair(String networkId, String otherNetworkId) {
        return networkId.compareTo(otherNetworkId) < 0 ? networkId + "#" + otherNetworkId
                : otherNetworkId + "#" + networkId;
    }
}
