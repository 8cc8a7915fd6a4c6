package jp.igetanet.core.aws;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.SignInAccounts;
import jp.igetanet.core.account.TemporaryPasswords;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * {@link SignInAccounts} in the Cognito user pool. The temporary password is handed over in person, as
 * municipalities do, so Cognito sends no message; the user must choose a new password at first sign-in.
 */
@Singleton
@Requires(classes = CognitoIdentityProviderClient.class)
public class CognitoSignInAccounts implements SignInAccounts {

    /** The configuration property holding the pool id: the function environment's {@code USER_POOL_ID}. */
    public static final String POOL_PROPERTY = "user.pool.id";

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final TemporaryPasswords passwords;

    public CognitoSignInAccounts(CognitoIdentityProviderClient cognito,
                                 @Value("${" + POOL_PROPERTY + "}") String userPoolId, TemporaryPasswords passwords) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.passwords = passwords;
    }

    @Override
    public String issue(String userId, Role role, String facilityId, String networkId) {
        String temporary = passwords.next();
        try {
            cognito.adminCreateUser(request -> request
                    .userPoolId(userPoolId)
                    .username(userId)
                    .temporaryPassword(temporary)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(
                            AttributeType.builder().name("custom:facility_id").value(facilityId).build(),
                            AttributeType.builder().name("custom:network_id").value(networkId).build()));
        } catch (UsernameExistsException retried) {
            // an earlier attempt created the account: its temporary password was never handed over, so replace it
            cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(userId)
                    .password(temporary).permanent(false));
        }
        cognito.adminAddUserToGroup(request -> request.userPoolId(userPoolId).username(userId).groupName(role.group()));
        return temporary;
    }
}
