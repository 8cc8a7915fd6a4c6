package jp.igetanet.idissuance;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.PasswordDelivery;
import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.account.UserPledge;
import jp.igetanet.core.account.UserPledges;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * User IDs of a facility's staff (§5, §6-2, §24): the facility administrator, or the operator of its network,
 * issues them with the pledge 様式第2, lists them, and suspends and reinstates them. A suspension takes effect on
 * the user's next request, whatever tokens the user holds (the status check of every request).
 */
@Singleton
public class StaffDesk {


    private final UserAccounts accounts;
    private final UserPledges pledges;
    private final Facilities facilities;
    private final SignInAccounts signInAccounts;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public StaffDesk(UserAccounts accounts, UserPledges pledges, Facilities facilities, SignInAccounts signInAccounts,
                     AuditLog audit, SortableIds ids, Clock clock) {
        this.accounts = accounts;
        this.pledges = pledges;
        this.facilities = facilities;
        this.signInAccounts = signInAccounts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Issues a user ID with a temporary password; the pledge is stored before the account exists. */
    public Issued issue(Acting acting, String facilityId, IssueRequest request) {
        Facility facility = managed(acting, facilityId);
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        String name = rules.text(request.name(), "name", "氏名", FieldRules.MAX_NAME);
        String kana = rules.kana(request.kana(), "kana");
        Profession profession = rules.code(request.profession(), "profession", Profession::fromCode, "職種が正しくありません。");
        Optional<Role> role = request.role() == null ? Optional.of(Role.MEMBER) : Role.fromGroup(request.role());
        rules.validation().check(role.isPresent() && role.get() != Role.OPERATOR, "role", "権限は member または facility_admin です。");
        IssueRequest.Pledge pledge = rules.required(request.pledge(), "pledge", "誓約書（様式第2）の内容を入力してください。");
        boolean mailed = signInAccounts.delivery() == PasswordDelivery.EMAIL;
        rules.validation().check(!mailed || request.email() != null, "email",
                "仮パスワードをメールで送る設定のため、メールアドレスを入力してください。");
        String email = request.email() == null ? null : rules.email(request.email(), "email");
        String formVersion = pledge == null ? null
                : rules.text(pledge.formVersion(), "pledge.formVersion", "様式の版", FieldRules.MAX_SHORT);
        LocalDate signedOn = pledge == null ? null : rules.signedOn(pledge.signedOn(), LocalDate.ofInstant(now, Clocks.JAPAN));
        rules.throwIfInvalid();

        String userId = nextUserId();
        pledges.create(new UserPledge(userId, formVersion, signedOn, acting.userId(), now));
        Optional<String> temporaryPassword = signInAccounts.issue(userId, role.get(), facility.id(), facility.networkId(),
                email);
        UserAccount account = new UserAccount(userId, facility.id(), facility.networkId(), name, kana, profession,
                role.get(), UserStatus.ACTIVE, null, now, null, null, null, 1, now, now);
        accounts.create(account);
        audit.record(acting.audited(AuditAction.USER_ISSUED, AuditTarget.user(userId), now));
        return new Issued(account, temporaryPassword);
    }

    /**
     * §10-2: when the facility cannot handle a lost ID itself, the operator suspends it and issues a new ID for the
     * same person, with the same facility, role and pledge, linked both ways. The lost ID is suspended first, so it
     * stops working before anything else happens; a replacement that failed half-way is finished by asking again.
     */
    public Issued replace(Acting acting, String userId) {
        UserAccount lost = managedUser(acting, userId);
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        String newUserId = lost.replacedBy() != null ? lost.replacedBy() : nextUserId();
        if (lost.status() == UserStatus.RETIRED || accounts.find(newUserId).isPresent()) {
            throw new ApiException(ErrorCode.USER_STATUS_CONFLICT);
        }
        Instant now = clock.instant();
        if (lost.replacedBy() == null) {
            accounts.update(lost.replacedBy(newUserId, now), lost.version());
            signInAccounts.disable(lost.userId());
            if (lost.status() == UserStatus.ACTIVE) {
                audit.record(acting.audited(AuditAction.USER_SUSPENDED, AuditTarget.user(lost.userId()), now));
            }
        }
        UserPledge pledge = pledges.find(lost.userId()).orElse(null);
        if (pledges.find(newUserId).isEmpty() && pledge != null) {
            pledges.create(new UserPledge(newUserId, pledge.formVersion(), pledge.signedOn(), pledge.receivedBy(),
                    pledge.receivedAt()));
        }
        // the new ID's temporary password goes back to the operator, who arranged the replacement with the facility
        Optional<String> temporaryPassword = signInAccounts.issue(newUserId, lost.role(), lost.facilityId(),
                lost.networkId(), null);
        UserAccount replacement = new UserAccount(newUserId, lost.facilityId(), lost.networkId(), lost.name(),
                lost.kana(), lost.profession(), lost.role(), UserStatus.ACTIVE, null, now, null, lost.userId(), null,
                1, now, now);
        accounts.create(replacement);
        audit.record(acting.audited(AuditAction.USER_REPLACED, AuditTarget.user(lost.userId()), now));
        audit.record(acting.audited(AuditAction.USER_ISSUED, AuditTarget.user(newUserId), now));
        return new Issued(replacement, temporaryPassword);
    }

    private String nextUserId() {
        return "u-" + ids.next().substring(SortableIds.LENGTH - 10).toLowerCase(Locale.ROOT);
    }

    public List<UserAccount> staff(Acting acting, String facilityId, Optional<String> afterUserId, int limit) {
        return accounts.staffOf(managed(acting, facilityId).id(), afterUserId, limit);
    }

    public UserAccount find(Acting acting, String userId) {
        return visibleUser(acting, userId);
    }

    /** §10-1: a new temporary password for a user who lost theirs; the old one stops working at once. */
    public String reissuePassword(Acting acting, String userId) {
        UserAccount account = managedUser(acting, userId);
        if (account.status() == UserStatus.RETIRED) {
            throw new ApiException(ErrorCode.USER_STATUS_CONFLICT);
        }
        String temporaryPassword = signInAccounts.reissue(userId);
        Instant now = clock.instant();
        accounts.noteTemporaryPassword(userId, now);
        audit.record(acting.audited(AuditAction.USER_PASSWORD_REISSUED, AuditTarget.user(userId), now));
        return temporaryPassword;
    }

    /** A personnel change (§8): the ID is retired for good; its records stay, the person can no longer sign in. */
    public UserAccount retire(Acting acting, String userId) {
        return moveTo(acting, userId, status -> status != UserStatus.RETIRED, UserStatus.RETIRED,
                AuditAction.USER_RETIRED);
    }

    public UserAccount suspend(Acting acting, String userId) {
        return moveTo(acting, userId, status -> status == UserStatus.ACTIVE, UserStatus.SUSPENDED,
                AuditAction.USER_SUSPENDED);
    }

    public UserAccount reinstate(Acting acting, String userId) {
        return moveTo(acting, userId, status -> status == UserStatus.SUSPENDED, UserStatus.ACTIVE,
                AuditAction.USER_REINSTATED);
    }

    /**
     * Moves an ID to another status. Stopping one writes the stored status first, since that is what refuses the
     * user's next request, and then disables the Cognito account; reinstating enables the account first.
     */
    private UserAccount moveTo(Acting acting, String userId, java.util.function.Predicate<UserStatus> from,
                               UserStatus to, AuditAction action) {
        UserAccount account = managedUser(acting, userId);
        if (!from.test(account.status())) {
            throw new ApiException(ErrorCode.USER_STATUS_CONFLICT);
        }
        Instant now = clock.instant();
        UserAccount moved = account.withStatus(to, now);
        if (to == UserStatus.ACTIVE) {
            signInAccounts.enable(userId);
            accounts.update(moved, account.version());
        } else {
            accounts.update(moved, account.version());
            signInAccounts.disable(userId);
        }
        audit.record(acting.audited(action, AuditTarget.user(userId), now));
        return moved;
    }

    /** The facility's administrator and the operator of its network manage its IDs; to others it does not exist. */
    private Facility managed(Acting acting, String facilityId) {
        Facility facility = Optional.ofNullable(facilityId)
                .filter(SortableIds::isWellFormed)
                .flatMap(facilities::find)
                .filter(f -> f.id().equals(acting.facilityId())
                        || acting.is(Role.OPERATOR) && f.networkId().equals(acting.networkId()))
                .orElseThrow(() -> new ApiException(ErrorCode.FACILITY_UNKNOWN));
        if (!(acting.is(Role.OPERATOR) || acting.is(Role.FACILITY_ADMIN))) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return facility;
    }

    /** A user is visible to the administrator of their facility and the operator of their network. */
    private UserAccount visibleUser(Acting acting, String userId) {
        UserAccount account = accounts.find(userId == null ? "" : userId)
                .filter(a -> a.facilityId().equals(acting.facilityId())
                        || acting.is(Role.OPERATOR) && a.networkId().equals(acting.networkId()))
                .orElseThrow(() -> new ApiException(ErrorCode.USER_UNKNOWN));
        if (!(acting.is(Role.OPERATOR) || acting.is(Role.FACILITY_ADMIN))) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return account;
    }

    private UserAccount managedUser(Acting acting, String userId) {
        UserAccount account = visibleUser(acting, userId);
        if (account.userId().equals(acting.userId())) {
            // nobody suspends or reinstates themselves
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        return account;
    }

    /** A new user ID and its temporary password, empty when Cognito e-mailed it. */
    public record Issued(UserAccount account, Optional<String> temporaryPassword) {
    }
}
