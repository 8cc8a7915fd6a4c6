package jp.igetanet.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds audit records by what they were about, who acted, or the actor's facility, in a time range. */
public interface AuditSearch {

    /** What a search looks for. */
    enum By { TARGET, ACTOR, ACTOR_FACILITY }

    /**
     * The records about {@code key} (for {@link By#TARGET} "type#id", else a user or facility id) that occurred in
     * {@code [from, to)}, oldest first, from after {@code after} (where an earlier page stopped), at most
     * {@code limit}. A position that is not one this search gave is {@code INVALID_CURSOR}.
     */
    Page search(By by, String key, Instant from, Instant to, Optional<Position> after, int limit);

    /** One page, and where the next starts if there may be more. */
    record Page(List<ChainedRecord> records, Optional<Position> next) {
    }

    /** Where a page stopped: the last record's chain, number and time key. */
    record Position(String chain, String sequence, String time) {
    }
}
