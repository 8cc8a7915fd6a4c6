package jp.igetanet.core.audit;

import java.util.List;

/** The append-only audit log: records are added, read back in chain order, and never changed. */
public interface AuditLog {

    /** Appends the event to its chain and returns it as stored. */
    ChainedRecord record(AuditEvent event);

    /** Every record of one chain (see {@link AuditChain#chainOf}), in order. */
    List<ChainedRecord> chain(String chain);
}
