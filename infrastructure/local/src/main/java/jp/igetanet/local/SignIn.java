package jp.igetanet.local;

import jp.igetanet.local.standin.LocalClients;

import java.io.IOException;
import java.net.URI;
import java.util.Properties;

/**
 * Prints an access token of a user of the running local system, signing in with the user name and password as
 * a client would ({@code USER_PASSWORD_AUTH} against the Cognito stand-in).
 */
public final class SignIn {

    private SignIn() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SignIn <user name> <password>");
            System.exit(2);
        }
        Properties state = LocalMain.runningState();
        URI cognito = URI.create(state.getProperty("cognito"));
        try (LocalClients clients = new LocalClients(cognito, cognito, cognito, cognito)) {
            System.out.println(LocalSystem.signIn(clients, state.getProperty("clientId"), args[0], args[1]));
        }
    }
}
