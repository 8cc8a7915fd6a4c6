package jp.igetanet.operations;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditSearch;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.Withdrawals;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who did what (§20, MHLW guideline 6.0 §17): the operator searches its network's audit records by patient, user or
 * facility and verifies the hash chains; a facility's administrator searches what its own staff did. Records hold
 * who, what kind of action, on which id, when and from where — never health data.
 */
@Singleton
public class AuditDesk {

    /** The longest span a verification covers: a month of daily chains. */
    static final int MAX_VERIFIED_DAYS = 31;

    private final AuditSearch search;
    private final AuditLog audit;
    private final Patients patients;
    private final Withdrawals withdrawals;
    private final UserAccounts accounts;
    private final Facilities facilities;
    private final Clock clock;

    public AuditDesk(AuditSearch search, AuditLog audit, Patients patients, Withdrawals withdrawals,
                     UserAccounts accounts, Facilities facilities, Clock clock) {
        this.search = search;
        this.audit = audit;
        this.patients = patients;
        this.withdrawals = withdrawals;
        this.accounts = accounts;
        this.facilities = facilities;
        this.clock = clock;
    }

    /** What to search: exactly one of a patient, a user (as actor) and a facility (its staff as actors). */
    public record Subject(AuditSearch.By by, String key, AuditTarget target) {
    }

    public AuditSearch.Page search(Acting acting, Subject subject, Instant from, Instant to,
                                   Optional<AuditSearch.Position> after, int limit) {
        permitted(acting, subject);
        AuditSearch.Page page = search.search(subject.by(), subject.key(), from, to, after, limit);
        audit.record(acting.audited(AuditAction.AUDIT_SEARCHED, subject.target(), clock.instant()));
        return page;
    }

    /** Each day's chain of the operator's network, verified; days without records are left out. */
    public List<VerifiedDay> verify(Acting acting, LocalDate from, LocalDate to) {
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        List<VerifiedDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String chain = acting.networkId() + "#" + day;
            var records = audit.chain(chain);
            if (!records.isEmpty()) {
                days.add(new VerifiedDay(day, records.size(), AuditChain.verify(records)));
            }
        }
        audit.record(acting.audited(AuditAction.AUDIT_VERIFIED,
                AuditTarget.network(acting.networkId()), clock.instant()));
        return days;
    }

    /** One day's chain: how many records, and whether (and where) it is broken. */
    public record VerifiedDay(LocalDate day, int records, AuditChain.Verification verification) {
    }

    /** Today in Japan, the day chains are named by. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.JAPAN);
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * The operator: patients, users and facilities of its network. An administrator: its own facility's staff (by
     * user or by facility), not patients. Anyone else: 403. A subject outside one's reach is 404, as if unknown.
     */
    private void permitted(Acting acting, Subject subject) {
        boolean operator = acting.is(Role.OPERATOR);
        if (!operator && !acting.is(Role.FACILITY_ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        switch (subject.by()) {
            case TARGET -> {
                if (!operator) {
                    throw new ApiException(ErrorCode.FORBIDDEN);
                }
                // a withdrawn patient's accesses stay searchable: the receipt keeps the patient's network (§14-2)
                patients.networkOf(subject.target().id())
                        .or(() -> withdrawals.ofPatient(subject.target().id()).map(Withdrawal::networkId))
                        .filter(network -> network.equals(acting.networkId()))
                        .orElseThrow(() -> new ApiException(ErrorCode.PATIENT_UNKNOWN));
            }
            case ACTOR -> accounts.find(subject.key())
                    .filter(user -> operator ? user.networkId().equals(acting.networkId())
                            : user.facilityId().equals(acting.facilityId()))
                    .orElseThrow(() -> new ApiException(ErrorCode.USER_UNKNOWN));
            case ACTOR_FACILITY -> facilities.find(subject.key())
                    .filter(facility -> operator ? facility.networkId().equals(acting.networkId())
                            : facility.id().equals(acting.facilityId()))
                    .orElseThrow(() -> new ApiException(ErrorCode.FACILITY_NOT_FOUND));
        }
    }
}
