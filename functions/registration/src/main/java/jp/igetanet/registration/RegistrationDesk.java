package jp.igetanet.registration;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.network.Networks;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;
import jp.igetanet.core.registration.Registrations;
import jp.igetanet.core.terms.TermsOfUse;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The city office's registration desk (§6): takes facilities' applications from the portal, and lets the operator
 * of the application's network review, approve and reject them. Every step goes into the audit log.
 */
@Singleton
public class RegistrationDesk {


    private final Registrations registrations;
    private final Facilities facilities;
    private final UserAccounts accounts;
    private final SignInAccounts signInAccounts;
    private final Networks networks;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;
    private final TermsOfUse terms;

    public RegistrationDesk(Registrations registrations, Facilities facilities, UserAccounts accounts,
                            SignInAccounts signInAccounts, Networks networks, AuditLog audit, SortableIds ids,
                            Clock clock, TermsOfUse terms) {
        this.registrations = registrations;
        this.facilities = facilities;
        this.accounts = accounts;
        this.signInAccounts = signInAccounts;
        this.networks = networks;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.terms = terms;
    }

    /** Takes an application from anyone (no account exists yet); nothing is stored unless all of it is valid. */
    public RegistrationApplication submit(ApplicationRequest request, RequestOrigin origin) {
        Instant now = clock.instant();
        RegistrationApplication application = ApplicationForm.read(request, ids.next(), now, LocalDate.ofInstant(now, Clocks.JAPAN),
                terms.version(request.network()));
        if (networks.find(application.networkId()).isEmpty()) {
            new Validation().reject("network", "指定された地域ネットワークはありません。").throwIfInvalid();
        }
        registrations.create(application);
        audit.record(origin.audited(application.networkId(), AuditAction.REGISTRATION_SUBMITTED,
                AuditTarget.registration(application.id()), now));
        return application;
    }

    /** The operator's queue: applications of the operator's network in one status, oldest first. */
    public List<RegistrationApplication> list(Acting acting, RegistrationStatus status, Optional<String> afterId, int limit) {
        requireOperator(acting);
        return registrations.list(acting.networkId(), status, afterId, limit);
    }

    public RegistrationApplication find(Acting acting, String applicationId) {
        requireOperator(acting);
        return ofOperatorsNetwork(acting, applicationId);
    }

    /**
     * Approves an application under review (§6-2): the facility it describes becomes an active participant with the
     * application's id, and its administrator gets a sign-in account with a temporary password, returned once for
     * the city office to hand over. The steps are ordered and each can be repeated, so that a retry after a failure
     * part-way finishes the job; the application is marked approved last, on the version that was read.
     */
    public Approval approve(Acting acting, String applicationId) {
        requireOperator(acting);
        RegistrationApplication application = ofOperatorsNetwork(acting, applicationId);
        if (application.status() != RegistrationStatus.SUBMITTED) {
            throw new ApiException(ErrorCode.ALREADY_DECIDED);
        }
        Instant now = clock.instant();
        RegistrationApplication.FacilityDetails details = application.facility();
        Facility facility = facilities.find(application.id()).orElseGet(() -> {
            Facility created = new Facility(application.id(), application.networkId(), details.name(), details.kana(),
                    details.kind(), details.postalCode(), details.address(), details.phone(), FacilityStatus.ACTIVE,
                    application.publication(), null, 1, now, now);
            facilities.create(created);
            return created;
        });
        String administratorId = administratorIdOf(application);
        Optional<UserAccount> existing = accounts.find(administratorId);
        if (existing.isPresent() && !existing.get().facilityId().equals(facility.id())) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        RegistrationApplication.Administrator person = application.administrator();
        Optional<String> temporaryPassword = signInAccounts.issue(administratorId, Role.FACILITY_ADMIN, facility.id(),
                facility.networkId(), person.email());
        // a retried approval gave the existing account a new temporary password
        existing.ifPresent(account -> accounts.noteTemporaryPassword(account.userId(), now));
        UserAccount administrator = existing.orElseGet(() -> {
            UserAccount created = new UserAccount(administratorId, facility.id(), facility.networkId(), person.name(),
                    person.kana(), person.profession(), Role.FACILITY_ADMIN, UserStatus.ACTIVE, null, now, null, null, null, 1,
                    now, now);
            accounts.create(created);
            return created;
        });
        registrations.update(application.approved(now, acting.userId(), administratorId), application.version());
        audit.record(acting.audited(AuditAction.REGISTRATION_APPROVED,
                AuditTarget.registration(application.id()), now));
        audit.record(acting.audited(AuditAction.USER_ISSUED, AuditTarget.user(administratorId), now));
        return new Approval(facility, administrator, temporaryPassword);
    }

    /**
     * The administrator's user id (the sign-in name): short enough to type, from the random part of the
     * application's id, so that a retried approval finds the account it created.
     */
    static String administratorIdOf(RegistrationApplication application) {
        return "adm-" + application.id().substring(SortableIds.LENGTH - 12).toLowerCase(java.util.Locale.ROOT);
    }

    /** What an approval produced: the facility, its administrator and the temporary password to hand over. */
    /** An approval's result: the temporary password is empty when Cognito e-mailed it to the administrator. */
    public record Approval(Facility facility, UserAccount administrator, Optional<String> temporaryPassword) {
    }

    /** Rejects an application still under review, with the reason the applicant will be told. */
    public RegistrationApplication reject(Acting acting, String applicationId, String reason) {
        requireOperator(acting);
        FieldRules rules = new FieldRules();
        String trimmed = rules.text(reason, "reason", "却下の理由", FieldRules.MAX_TEXT);
        rules.throwIfInvalid();
        RegistrationApplication application = ofOperatorsNetwork(acting, applicationId);
        if (application.status() != RegistrationStatus.SUBMITTED) {
            throw new ApiException(ErrorCode.ALREADY_DECIDED);
        }
        Instant now = clock.instant();
        RegistrationApplication rejected = application.rejected(now, acting.userId(), trimmed);
        registrations.update(rejected, application.version());
        audit.record(acting.audited(AuditAction.REGISTRATION_REJECTED,
                AuditTarget.registration(application.id()), now));
        return rejected;
    }

    private static void requireOperator(Acting acting) {
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }

    /** Another network's applications are none of this operator's business, and look absent. */
    private RegistrationApplication ofOperatorsNetwork(Acting acting, String applicationId) {
        return Optional.ofNullable(applicationId)
                .filter(SortableIds::isWellFormed)
                .flatMap(registrations::find)
                .filter(application -> application.networkId().equals(acting.networkId()))
                .orElseThrow(() -> new ApiException(ErrorCode.REGISTRATION_NOT_FOUND));
    }
}
