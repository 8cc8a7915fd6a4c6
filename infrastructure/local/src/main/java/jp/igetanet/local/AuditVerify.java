package jp.igetanet.local;

import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.local.standin.LocalClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

/**
 * Verifies one day's audit chain of a network and reports the first record that was altered, removed or inserted.
 * Without {@code --table} it reads the running local system; with it, the table of that name wherever the standard
 * AWS configuration points ({@code AWS_REGION}, credentials, {@code AWS_ENDPOINT_URL}). Exits 1 when the chain is
 * broken.
 *
 * <pre>java -cp infrastructure/local/target/local.jar jp.igetanet.local.AuditVerify nishio [2026-11-25] [--table NAME]</pre>
 */
public final class AuditVerify {

    private AuditVerify() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: AuditVerify <network> [<date, Japan time; default today>] [--table <audit table>]");
            System.exit(2);
        }
        String network = args[0];
        LocalDate date = args.length > 1 && !args[1].startsWith("--")
                ? LocalDate.parse(args[1]) : LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String chain = network + "#" + date;
        AuditChain.Verification verification;
        int table = java.util.Arrays.asList(args).indexOf("--table");
        if (table >= 0 && table + 1 < args.length) {
            try (DynamoDbClient dynamoDb = DynamoDbClient.create()) {
                verification = AuditChain.verify(DynamoAuditLog.on(dynamoDb, args[table + 1]).chain(chain));
            }
        } else {
            Properties state = LocalMain.runningState();
            URI endpoint = URI.create(state.getProperty("dynamodb"));
            try (LocalClients clients = new LocalClients(endpoint, endpoint, endpoint, endpoint)) {
                verification = AuditChain.verify(DynamoAuditLog.on(clients.dynamoDb(), state.getProperty("auditTable"))
                        .chain(chain));
            }
        }
        if (verification.intact()) {
            System.out.printf("audit chain %s: %d records, intact%n", chain, verification.intactRecords());
        } else {
            System.out.printf("audit chain %s: BROKEN at record %d (%s); %d records before it are intact%n", chain,
                    verification.brokenAt().orElseThrow(), verification.reason().orElseThrow(),
                    verification.intactRecords());
            System.exit(1);
        }
    }
}
