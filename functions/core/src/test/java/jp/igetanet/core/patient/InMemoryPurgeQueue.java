package jp.igetanet.core.patient;

import java.util.ArrayList;
import java.util.List;

/** {@link PurgeQueue} in memory for unit tests: keeps what was offered, and can be made unreachable. */
public class InMemoryPurgeQueue implements PurgeQueue {

    private final List<String> offered = new ArrayList<>();
    private boolean reachable = true;

    @Override
    public synchronized boolean offer(String withdrawalId) {
        if (reachable) {
            offered.add(withdrawalId);
        }
        return reachable;
    }

    /** From now on the queue cannot be reached (or can again). */
    public synchronized void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** The withdrawals queued, in order. */
    public synchronized List<String> offered() {
        return List.copyOf(offered);
    }
}
