package jp.igetanet.local.seed;

import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.aws.dynamodb.DynamoAgreements;
import jp.igetanet.core.aws.dynamodb.DynamoFacilities;
import jp.igetanet.core.aws.dynamodb.DynamoPatients;
import jp.igetanet.core.aws.dynamodb.DynamoUserAccounts;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.HashMap;
import java.util.Map;

/**
 * The care-team gate as the seeded users meet it: demo data about patients is written through the same door as a
 * request's, as the user the data says did it (who must be a seeded, active user).
 */
public final class DemoCareTeams {

    private final CareTeamGate gate;
    private final UserAccounts accounts;
    private final Facilities facilities;
    private final Map<String, Caller> callers = new HashMap<>();

    public DemoCareTeams(CareTeamGate gate, UserAccounts accounts, Facilities facilities) {
        this.gate = gate;
        this.accounts = accounts;
        this.facilities = facilities;
    }

    public static DemoCareTeams on(DynamoDbClient dynamoDb, String table) {
        return new DemoCareTeams(new CareTeamGate(DynamoPatients.on(dynamoDb, table), DynamoAgreements.on(dynamoDb, table)),
                DynamoUserAccounts.on(dynamoDb, table), DynamoFacilities.on(dynamoDb, table));
    }

    /** The user's access to a patient whose care team the user is in. */
    public CareTeamAccess member(String userId, String patientId) {
        return gate.require(caller(userId), patientId);
    }

    /** The user's access to a patient the user registers. */
    public CareTeamAccess registering(String userId, String patientId) {
        return gate.registering(caller(userId), patientId);
    }

    private Caller caller(String userId) {
        return callers.computeIfAbsent(userId, id -> {
            var account = accounts.find(id).orElseThrow(() -> new IllegalStateException("not a seeded user: " + id));
            return new Caller(account, facilities.find(account.facilityId()).orElseThrow());
        });
    }
}
