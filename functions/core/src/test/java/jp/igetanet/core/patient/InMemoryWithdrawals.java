package jp.igetanet.core.patient;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Withdrawals} in memory for unit tests, as the domain table keeps them: a receipt found by its patient's
 * reference for good, listed as open until its purge completes (a failed one stays open), and once completed holding
 * neither the patient's id nor the note.
 */
public class InMemoryWithdrawals implements Withdrawals {

    private final Map<String, Withdrawal> byId = new HashMap<>();

    @Override
    public synchronized void create(Withdrawal withdrawal) {
        if (byId.putIfAbsent(withdrawal.id(), withdrawal) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized Optional<Withdrawal> find(String withdrawalId) {
        return Optional.ofNullable(byId.get(withdrawalId));
    }

    /** The first withdrawal filed for the patient, as the index by reference reads it (by withdrawal id). */
    @Override
    public synchronized Optional<Withdrawal> ofPatient(String patientId) {
        String ref = Withdrawal.patientRef(patientId);
        return byId.values().stream().filter(withdrawal -> withdrawal.patientRef().equals(ref))
                .min(Comparator.comparing(Withdrawal::id));
    }

    @Override
    public synchronized void discard(String withdrawalId) {
        byId.computeIfPresent(withdrawalId,
                (id, withdrawal) -> withdrawal.status() == WithdrawalStatus.ACCEPTED ? null : withdrawal);
    }

    @Override
    public synchronized boolean startPurge(String withdrawalId, Instant at) {
        Withdrawal w = byId.get(withdrawalId);
        if (w == null || w.status() == WithdrawalStatus.COMPLETED) {
            return false;
        }
        byId.put(withdrawalId, with(w, WithdrawalStatus.PURGING, w.startedAt() == null ? at : w.startedAt(), null,
                w.items(), w.objects(), w.patientId(), w.note()));
        return true;
    }

    @Override
    public synchronized boolean fixCounts(String withdrawalId, long items, long objects) {
        Withdrawal w = byId.get(withdrawalId);
        if (w == null || w.items() != null) {
            return false;
        }
        byId.put(withdrawalId, with(w, w.status(), w.startedAt(), w.finishedAt(), items, objects, w.patientId(), w.note()));
        return true;
    }

    @Override
    public synchronized void complete(String withdrawalId, Instant at) {
        byId.computeIfPresent(withdrawalId, (id, w) -> with(w, WithdrawalStatus.COMPLETED, w.startedAt(), at,
                w.items(), w.objects(), null, null));
    }

    @Override
    public synchronized void fail(String withdrawalId, Instant at) {
        byId.computeIfPresent(withdrawalId, (id, w) -> w.status() == WithdrawalStatus.COMPLETED ? w
                : with(w, WithdrawalStatus.FAILED, w.startedAt(), at, w.items(), w.objects(), w.patientId(), w.note()));
    }

    /** Ordered, and cut at {@code before}, by the acceptance time's text and the id, as the open list's index is. */
    @Override
    public synchronized List<Withdrawal> openSince(Instant before, int limit) {
        Comparator<Withdrawal> order = Comparator.comparing(InMemoryWithdrawals::openKey);
        return byId.values().stream()
                .filter(withdrawal -> withdrawal.status() != WithdrawalStatus.COMPLETED)
                .filter(withdrawal -> openKey(withdrawal).compareTo(before.toString()) < 0)
                .sorted(order)
                .limit(limit)
                .toList();
    }

    private static String openKey(Withdrawal withdrawal) {
        return withdrawal.acceptedAt() + "#" + withdrawal.id();
    }

    private static Withdrawal with(Withdrawal w, WithdrawalStatus status, Instant startedAt, Instant finishedAt,
                                   Long items, Long objects, String patientId, String note) {
        return new Withdrawal(w.id(), w.patientRef(), patientId, w.networkId(), w.requestedBy(), w.relation(),
                w.receivedOn(), note, w.filedBy(), w.filedByFacilityId(), w.acceptedAt(), status, startedAt, finishedAt,
                items, objects);
    }
}
