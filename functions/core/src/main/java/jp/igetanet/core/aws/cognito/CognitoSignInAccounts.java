package jp.igetanet.core.aws.cognito;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.account.PasswordChange;
import jp.igetanet.core.account.PasswordDelivery;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.TemporaryPasswords;
import jp.igetanet.core.log.StructuredLog;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link SignInAccounts} in the Cognito user pool. The temporary password is handed over in person, as
 * municipalities do, and Cognito sends no message; or, where {@code TEMPORARY_PASSWORD_DELIVERY} is {@code email},
 * Cognito's invitation e-mails it. Either way the user must choose a new password at first sign-in.
 */
@Singleton
@Requires(classes = CognitoIdentityProviderClient.class)
public class CognitoSignInAccounts implements SignInAccounts {

    /** The configuration property holding the pool id: the function environment's {@code USER_POOL_ID}. */
    public static final String POOL_PROPERTY = "user.pool.id";

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final TemporaryPasswords passwords;
    private final StructuredLog log;
    private final PasswordDelivery delivery;

    public CognitoSignInAccounts(CognitoIdentityProviderClient cognito,
                                 @Value("${" + POOL_PROPERTY + "}") String userPoolId, TemporaryPasswords passwords,
                                 StructuredLog log,
                                 @Value("${" + PasswordDelivery.PROPERTY + ":handover}") String delivery) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.passwords = passwords;
        this.log = log;
        this.delivery = PasswordDelivery.fromCode(delivery);
    }

    @Override
    public PasswordDelivery delivery() {
        return delivery;
    }

    @Override
    public Optional<String> issue(String userId, Role role, String facilityId, String networkId, String email) {
        String temporary = passwords.next();
        boolean mail = delivery == PasswordDelivery.EMAIL && email != null;
        List<AttributeType> attributes = new ArrayList<>(List.of(
                AttributeType.builder().name("custom:facility_id").value(facilityId).build(),
                AttributeType.builder().name("custom:network_id").value(networkId).build()));
        if (mail) {
            attributes.add(AttributeType.builder().name("email").value(email).build());
            attributes.add(AttributeType.builder().name("email_verified").value("true").build());
        }
        boolean created = true;
        try {
            cognito.adminCreateUser(request -> {
                request.userPoolId(userPoolId).username(userId).temporaryPassword(temporary).userAttributes(attributes);
                if (mail) {
                    request.desiredDeliveryMediums(DeliveryMediumType.EMAIL);
                } else {
                    request.messageAction(MessageActionType.SUPPRESS);
                }
            });
        } catch (UsernameExistsException retried) {
            // an earlier attempt created the account: its temporary password never reached anyone, so replace it
            cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(userId)
                    .password(temporary).permanent(false));
            created = false;
        }
        cognito.adminAddUserToGroup(request -> request.userPoolId(userPoolId).username(userId).groupName(role.group()));
        return created && mail ? Optional.empty() : Optional.of(temporary);
    }

    @Override
    public void disable(String userId) {
        cognito.adminDisableUser(request -> request.userPoolId(userPoolId).username(userId));
        try {
            cognito.adminUserGlobalSignOut(request -> request.userPoolId(userPoolId).username(userId));
        } catch (SdkServiceException unavailable) {
            // cognito-local answers 500 here (LOCAL-STACK.md); the stored status refuses the user anyway
            log.degraded("cognito-global-sign-out", userId, unavailable.statusCode());
        }
    }

    @Override
    public String reissue(String userId) {
        String temporary = passwords.next();
        cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(userId)
                .password(temporary).permanent(false));
        return temporary;
    }

    @Override
    public PasswordChange changePassword(String accessToken, String currentPassword, String newPassword) {
        try {
            cognito.changePassword(request -> request.accessToken(accessToken)
                    .previousPassword(currentPassword).proposedPassword(newPassword));
            return PasswordChange.CHANGED;
        } catch (NotAuthorizedException wrong) {
            return PasswordChange.CURRENT_PASSWORD_WRONG;
        } catch (InvalidPasswordException | InvalidParameterException refused) {
            // cognito-local answers InvalidPasswordException for a wrong current password too (LOCAL-STACK.md)
            return PasswordChange.NEW_PASSWORD_REFUSED;
        } catch (LimitExceededException | TooManyRequestsException | TooManyFailedAttemptsException busy) {
            return PasswordChange.TOO_MANY_ATTEMPTS;
        }
    }

    @Override
    public void enable(String userId) {
        cognito.adminEnableUser(request -> request.userPoolId(userPoolId).username(userId));
    }
}
