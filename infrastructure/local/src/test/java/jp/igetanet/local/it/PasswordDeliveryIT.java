package jp.igetanet.local.it;

import jp.igetanet.core.account.PasswordDelivery;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.TemporaryPasswords;
import jp.igetanet.core.aws.cognito.CognitoSignInAccounts;
import jp.igetanet.core.log.StructuredLog;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.seed.DemoSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both ways a temporary password can reach its user (§6-2), with the real Cognito client against cognito-local:
 * handed over from the API's answer, or e-mailed by Cognito's invitation and never shown.
 */
@ExtendWith(LocalSystemExtension.class)
class PasswordDeliveryIT {

    private final LocalSystem system;

    PasswordDeliveryIT(LocalSystem system) {
        this.system = system;
    }

    private CognitoSignInAccounts accounts(String delivery) {
        return new CognitoSignInAccounts(system.clients().cognito(), system.resources().userPoolId(),
                new TemporaryPasswords(), new StructuredLog(Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream())),
                delivery);
    }

    private AdminGetUserResponse user(String userId) {
        return system.clients().cognito().adminGetUser(request -> request
                .userPoolId(system.resources().userPoolId()).username(userId));
    }

    private static Map<String, String> attributes(AdminGetUserResponse user) {
        return user.userAttributes().stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    @Test
    void handedOverTheTemporaryPasswordIsReturnedAndOpensTheFirstSignIn() {
        CognitoSignInAccounts handover = accounts("handover");
        assertEquals(PasswordDelivery.HANDOVER, handover.delivery());
        Optional<String> temporary = handover.issue("delivery-handover", Role.MEMBER, DemoSeed.CLINIC, DemoSeed.NETWORK_ID,
                "handover@example.jp");
        assertTrue(temporary.isPresent());
        AdminGetUserResponse created = user("delivery-handover");
        assertEquals(UserStatusType.FORCE_CHANGE_PASSWORD, created.userStatus());
        assertFalse(attributes(created).containsKey("email"), "no address is kept where none is used");
        assertFalse(SharedSystem.firstSignIn(system, "delivery-handover", temporary.get(), "Handed-Over-2026").isEmpty());
    }

    @Test
    void mailedTheTemporaryPasswordIsNeverReturnedAndTheAddressIsTheUsers() {
        CognitoSignInAccounts email = accounts("email");
        assertEquals(PasswordDelivery.EMAIL, email.delivery());
        Optional<String> temporary = email.issue("delivery-email", Role.MEMBER, DemoSeed.CLINIC, DemoSeed.NETWORK_ID,
                "sakura@example.jp");
        assertTrue(temporary.isEmpty(), "Cognito's invitation carries it");
        AdminGetUserResponse created = user("delivery-email");
        assertEquals(UserStatusType.FORCE_CHANGE_PASSWORD, created.userStatus());
        assertEquals("sakura@example.jp", attributes(created).get("email"));
        assertEquals(DemoSeed.CLINIC, attributes(created).get("custom:facility_id"));

        Optional<String> retried = email.issue("delivery-email", Role.MEMBER, DemoSeed.CLINIC, DemoSeed.NETWORK_ID,
                "sakura@example.jp");
        assertTrue(retried.isPresent(), "a retried issue cannot resend the invitation, so it hands the new password over");
        assertFalse(SharedSystem.firstSignIn(system, "delivery-email", retried.get(), "Mailed-Then-2026").isEmpty());
    }
}
