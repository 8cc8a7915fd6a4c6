package jp.igetanet.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AuditLog} in memory for unit tests of services, chained exactly like the real one. */
public class InMemoryAuditLog implements AuditLog {

    private final Map<String, List<ChainedRecord>> chains = new ConcurrentHashMap<>();

    @Override
    public synchronized ChainedRecord record(AuditEvent event) {
        List<ChainedRecord> chain = chains.computeIfAbsent(AuditChain.chainOf(event), key -> new ArrayList<>());
        ChainedRecord next = AuditChain.append(chain.isEmpty() ? Optional.empty() : Optional.of(chain.getLast()), event);
        chain.add(next);
        return next;
    }

    @Override
    public synchronized List<ChainedRecord> chain(String chain) {
        return List.copyOf(chains.getOrDefault(chain, List.of()));
    }

    /** Every recorded event, in the order recorded within each chain. */
    public synchronized List<AuditEvent> events() {
        return chains.values().stream().flatMap(List::stream).map(ChainedRecord::event).toList();
    }

    /** The actions audited so far for one user, in order. */
    public synchronized List<AuditAction> actionsBy(String userId) {
        return events().stream().filter(event -> userId.equals(event.actorUserId())).map(AuditEvent::action).toList();
    }
}
