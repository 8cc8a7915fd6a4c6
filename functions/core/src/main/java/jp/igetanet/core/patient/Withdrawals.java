package jp.igetanet.core.patient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Withdrawals of consent and their receipts (§14-2). */
public interface Withdrawals {

    /** Stores a new withdrawal; 409 if the id exists. */
    void create(Withdrawal withdrawal);

    Optional<Withdrawal> find(String withdrawalId);

    /** The withdrawal of the patient with this id, found by its reference (the receipt outlives the patient). */
    Optional<Withdrawal> ofPatient(String patientId);

    /** Forgets a withdrawal that lost the race for its patient to another one (nothing was deleted for it). */
    void discard(String withdrawalId);

    /** Marks the purge as running from {@code at} (the first start is kept); false once completed. */
    boolean startPurge(String withdrawalId, Instant at);

    /** Records what there is to delete, once: false when the counts were fixed by an earlier attempt. */
    boolean fixCounts(String withdrawalId, long items, long objects);

    /** The purge finished: the receipt drops the patient's id and the note and leaves the open list. */
    void complete(String withdrawalId, Instant at);

    /** The purge failed for the last time it will be tried before the dead-letter queue. */
    void fail(String withdrawalId, Instant at);

    /** Withdrawals not completed that were accepted before {@code before}, oldest first (at most {@code limit}). */
    List<Withdrawal> openSince(Instant before, int limit);
}
