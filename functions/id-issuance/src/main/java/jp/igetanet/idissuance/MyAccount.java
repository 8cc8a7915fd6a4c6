package jp.igetanet.idissuance;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.PasswordChange;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.CallerResolver;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.FieldError;
import jp.igetanet.core.form.FieldRules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's own account: changing the password (§6-4, §19-4) through Cognito with the user's access
 * token, which also restarts the password's age.
 */
@Singleton
public class MyAccount {

    private final SignInAccounts signInAccounts;
    private final UserAccounts accounts;
    private final CallerResolver callers;
    private final AuditLog audit;
    private final Clock clock;

    public MyAccount(SignInAccounts signInAccounts, UserAccounts accounts, CallerResolver callers, AuditLog audit,
                     Clock clock) {
        this.signInAccounts = signInAccounts;
        this.accounts = accounts;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    public Instant changePassword(Acting acting, String accessToken, PasswordChangeRequest change) {
        FieldRules rules = new FieldRules();
        String current = rules.required(change.currentPassword(), "currentPassword", "現在のパスワードを入力してください。");
        String proposed = rules.newPassword(change.newPassword(), current, "newPassword");
        rules.throwIfInvalid();
        PasswordChange outcome = signInAccounts.changePassword(accessToken, current, proposed);
        Instant now = clock.instant();
        if (outcome != PasswordChange.CHANGED) {
            audit.record(acting.audited(AuditAction.USER_PASSWORD_CHANGED, AuditTarget.user(acting.userId()),
                    AuditOutcome.REFUSED, now));
            throw refusal(outcome);
        }
        accounts.notePasswordChanged(acting.userId(), now);
        callers.forget(acting.userId());
        audit.record(acting.audited(AuditAction.USER_PASSWORD_CHANGED, AuditTarget.user(acting.userId()), now));
        return now;
    }

    private static ApiException refusal(PasswordChange outcome) {
        return switch (outcome) {
            case CURRENT_PASSWORD_WRONG -> new ApiException(ErrorCode.VALIDATION_FAILED,
                    List.of(new FieldError("currentPassword", "現在のパスワードが正しくありません。")));
            case NEW_PASSWORD_REFUSED -> new ApiException(ErrorCode.VALIDATION_FAILED,
                    List.of(new FieldError("newPassword", "パスワードを変更できませんでした。現在のパスワードと、"
                            + "新しいパスワードの条件を確かめてください。")));
            case TOO_MANY_ATTEMPTS, CHANGED -> new ApiException(ErrorCode.TOO_MANY_REQUESTS);
        };
    }
}
