package jp.igetanet.core.caller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few routes a user whose password has expired may still call: reading their own account and changing
 * the password. Every other route answers 403 {@code password-expired} to such a user.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowsExpiredPassword {
}
