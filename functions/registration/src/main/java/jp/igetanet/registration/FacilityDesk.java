package jp.igetanet.registration;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.DeregistrationRequest;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A participating facility's own record: its users read it, its administrator keeps it current (§8) and chooses
 * what the portal shows (§17-2), and the operator of its network suspends and reinstates it (§27-2).
 */
@Singleton
public class FacilityDesk {

    private static final int STAFF_PAGE = 100;

    private final Facilities facilities;
    private final UserAccounts accounts;
    private final SignInAccounts signInAccounts;
    private final AuditLog audit;
    private final Clock clock;

    public FacilityDesk(Facilities facilities, UserAccounts accounts, SignInAccounts signInAccounts, AuditLog audit,
                        Clock clock) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.signInAccounts = signInAccounts;
        this.audit = audit;
        this.clock = clock;
    }

    public Facility find(Acting acting, String facilityId) {
        return readable(acting, facilityId);
    }

    /** Applies the administrator's change on the version it was made on; all fields are checked as on application. */
    public Facility change(Acting acting, String facilityId, FacilityChangeRequest change) {
        Facility facility = administered(acting, facilityId);
        FieldRules rules = new FieldRules();
        rules.validation().check(change.version() != null, "version", "変更の元にした版（version）を指定してください。");
        String name = change.name() == null ? facility.name() : rules.text(change.name(), "name", "施設名", FieldRules.MAX_NAME);
        String kana = change.kana() == null ? facility.kana() : rules.kana(change.kana(), "kana");
        FacilityKind kind = change.kind() == null ? facility.kind()
                : rules.code(change.kind(), "kind", FacilityKind::fromCode, "施設の種別が正しくありません。");
        String postalCode = change.postalCode() == null ? facility.postalCode() : rules.postalCode(change.postalCode(), "postalCode");
        String address = change.address() == null ? facility.address()
                : rules.text(change.address(), "address", "住所", FieldRules.MAX_ADDRESS);
        String phone = change.phone() == null ? facility.phone() : rules.phone(change.phone(), "phone");
        Publication publication = change.publication() == null ? facility.publication()
                : rules.publication(change.publication().listed(), change.publication().fields());
        rules.throwIfInvalid();
        Instant now = clock.instant();
        Facility changed = facility.changed(name, kana, kind, postalCode, address, phone, publication, now);
        if (facility.version() != change.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        facilities.update(changed, facility.version());
        audit.record(acting.audited(AuditAction.FACILITY_CHANGED, AuditTarget.facility(facility.id()), now));
        return changed;
    }

    /**
     * The administrator applies to leave the network (利用廃止申請, §9). The facility keeps working until the
     * operator approves; applying twice is a conflict.
     */
    public Facility requestDeregistration(Acting acting, String facilityId, DeregistrationForm form) {
        Facility facility = administered(acting, facilityId);
        FieldRules rules = new FieldRules();
        String reason = rules.text(form == null ? null : form.reason(), "reason", "利用廃止の理由", FieldRules.MAX_TEXT);
        rules.throwIfInvalid();
        if (facility.isDeregistrationRequested()) {
            throw new ApiException(ErrorCode.FACILITY_STATUS_CONFLICT);
        }
        Instant now = clock.instant();
        Facility requested = facility.withDeregistrationRequested(new DeregistrationRequest(now, acting.userId(), reason), now);
        facilities.update(requested, facility.version());
        audit.record(acting.audited(AuditAction.FACILITY_DEREGISTRATION_REQUESTED,
                AuditTarget.facility(facility.id()), now));
        return requested;
    }

    /**
     * The operator approves an application to leave: the facility is deregistered, which refuses its users from
     * their next request on, and then every user ID of it is retired and its sign-in disabled. Without transactions
     * the retirements follow one by one; approving again finishes any that a failure left undone.
     */
    public Facility approveDeregistration(Acting acting, String facilityId) {
        Facility facility = operated(acting, facilityId);
        if (!facility.isDeregistrationRequested() || facility.id().equals(acting.facilityId())) {
            throw new ApiException(ErrorCode.FACILITY_STATUS_CONFLICT);
        }
        Facility deregistered = facility.status() == FacilityStatus.DEREGISTERED ? facility
                : moveTo(acting, facility, FacilityStatus.DEREGISTERED, AuditAction.FACILITY_DEREGISTERED);
        retireStaff(acting, deregistered);
        return deregistered;
    }

    private void retireStaff(Acting acting, Facility facility) {
        Optional<String> after = Optional.empty();
        List<UserAccount> page;
        do {
            page = accounts.staffOf(facility.id(), after, STAFF_PAGE);
            for (UserAccount account : page) {
                if (account.status() != UserStatus.RETIRED) {
                    Instant now = clock.instant();
                    accounts.update(account.withStatus(UserStatus.RETIRED, now), account.version());
                    signInAccounts.disable(account.userId());
                    audit.record(acting.audited(AuditAction.USER_RETIRED, AuditTarget.user(account.userId()), now));
                }
            }
            after = page.isEmpty() ? after : Optional.of(page.getLast().userId());
        } while (page.size() == STAFF_PAGE);
    }

    /** Suspends a facility (§27-2): its users are refused from their next request on, and the portal hides it. */
    public Facility suspend(Acting acting, String facilityId) {
        Facility facility = operated(acting, facilityId);
        if (facility.status() != FacilityStatus.ACTIVE || facility.id().equals(acting.facilityId())) {
            // the operator's own office cannot be suspended by the operator: that would lock the city office out
            throw new ApiException(ErrorCode.FACILITY_STATUS_CONFLICT);
        }
        return moveTo(acting, facility, FacilityStatus.SUSPENDED, AuditAction.FACILITY_SUSPENDED);
    }

    public Facility reinstate(Acting acting, String facilityId) {
        Facility facility = operated(acting, facilityId);
        if (facility.status() != FacilityStatus.SUSPENDED) {
            throw new ApiException(ErrorCode.FACILITY_STATUS_CONFLICT);
        }
        return moveTo(acting, facility, FacilityStatus.ACTIVE, AuditAction.FACILITY_REINSTATED);
    }

    private Facility moveTo(Acting acting, Facility facility, FacilityStatus status, AuditAction action) {
        Instant now = clock.instant();
        Facility moved = facility.withStatus(status, now);
        facilities.update(moved, facility.version());
        audit.record(acting.audited(action, AuditTarget.facility(facility.id()), now));
        return moved;
    }

    /** Its own users and the operator of its network may read a facility; to anyone else it does not exist. */
    private Facility readable(Acting acting, String facilityId) {
        return Optional.ofNullable(facilityId)
                .filter(SortableIds::isWellFormed)
                .flatMap(facilities::find)
                .filter(facility -> facility.id().equals(acting.facilityId())
                        || acting.is(Role.OPERATOR) && facility.networkId().equals(acting.networkId()))
                .orElseThrow(() -> new ApiException(ErrorCode.FACILITY_UNKNOWN));
    }

    private Facility administered(Acting acting, String facilityId) {
        Facility facility = readable(acting, facilityId);
        if (!(acting.is(Role.FACILITY_ADMIN) && acting.facilityId().equals(facility.id()))) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return facility;
    }

    private Facility operated(Acting acting, String facilityId) {
        Facility facility = readable(acting, facilityId);
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return facility;
    }
}
