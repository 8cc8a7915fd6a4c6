package jp.igetanet.local.it;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditChain;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.audit.ChainedRecord;
import jp.igetanet.core.aws.dynamodb.DynamoAuditLog;
import jp.igetanet.core.aws.dynamodb.DynamoDbMeter;
import jp.igetanet.local.LocalSystem;
import jp.igetanet.local.standin.LocalCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log in the real audit table: appends from many writers form one chain; tampering is found. */
@ExtendWith(LocalSystemExtension.class)
class AuditLogIT {

    private final LocalSystem system;
    private final DynamoAuditLog audit;

    AuditLogIT(LocalSystem system) {
        this.system = system;
        this.audit = DynamoAuditLog.on(system.clients().dynamoDb(), system.resources().tableName("AuditTable"));
    }

    /** Each test writes to its own network's chain, so that tests do not share chains. */
    private static AuditEvent anIssuedId(String network, int n) {
        return new AuditEvent(Instant.parse("2026-11-25T03:00:00Z").plusMillis(n), network, "igeta-admin",
                "01KDEM0FAC0000000000000003", "facility_admin", AuditAction.USER_ISSUED, "user", "nurse-" + n,
                AuditOutcome.SUCCEEDED, "req-" + n, "192.0.2.1", "AuditLogIT");
    }

    @Test
    void concurrentAppendsFormOneIntactChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ChainedRecord>> appends = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                int number = n;
                appends.add(() -> audit.record(anIssuedId("concurrent", number)));
            }
            for (Future<ChainedRecord> appended : writers.invokeAll(appends)) {
                appended.get();
            }
        } finally {
            writers.shutdown();
        }
        List<ChainedRecord> chain = audit.chain("concurrent#2026-11-25");
        assertEquals(40, chain.size());
        assertTrue(AuditChain.verify(chain).intact(), AuditChain.verify(chain).toString());
    }

    /**
     * Two function instances append to one chain in turn: each remembers only its own last record, so every append
     * after the other's first costs a failed put and a read, and still the chain is one, intact and in order. An
     * instance appending alone links to the record it remembers: one request per record.
     */
    @Test
    void instancesRememberTheirLastRecordAndNeverFork() {
        DynamoDbMeter meter = new DynamoDbMeter();
        String table = system.resources().tableName("AuditTable");
        try (DynamoDbClient metered = DynamoDbClient.builder()
                .endpointOverride(system.standIns().dynamoDbEndpoint())
                .region(LocalCredentials.REGION).credentialsProvider(LocalCredentials.provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(meter)).build()) {
            DynamoAuditLog one = DynamoAuditLog.on(metered, table);
            DynamoAuditLog other = DynamoAuditLog.on(system.clients().dynamoDb(), table);
            one.record(anIssuedId("alternating", 0));
            meter.reset();
            one.record(anIssuedId("alternating", 1));
            assertEquals(1, meter.requests(), "alone: one put linked to the remembered record");
            other.record(anIssuedId("alternating", 2));
            meter.reset();
            one.record(anIssuedId("alternating", 3));
            assertEquals(3, meter.requests(), "after another's append: the failed put, the read, the put");
            other.record(anIssuedId("alternating", 4));
        }
        List<ChainedRecord> chain = audit.chain("alternating#2026-11-25");
        assertEquals(List.of("nurse-0", "nurse-1", "nurse-2", "nurse-3", "nurse-4"),
                chain.stream().map(record -> record.event().targetId()).toList());
        assertTrue(AuditChain.verify(chain).intact(), AuditChain.verify(chain).toString());
    }

    @Test
    void aRecordChangedDirectlyInTheTableIsFound() {
        for (int n = 0; n < 5; n++) {
            audit.record(anIssuedId("tampered", n));
        }
        system.clients().dynamoDb().updateItem(request -> request
                .tableName(system.resources().tableName("AuditTable"))
                .key(Map.of("PK", AttributeValue.fromS("CHAIN#tampered#2026-11-25"),
                        "SK", AttributeValue.fromS("SEQ#000000000003")))
                .updateExpression("SET targetId = :other")
                .expressionAttributeValues(Map.of(":other", AttributeValue.fromS("someone-else"))));
        AuditChain.Verification verification = AuditChain.verify(audit.chain("tampered#2026-11-25"));
        assertEquals(Optional.of(3L), verification.brokenAt());
        assertEquals(Optional.of("its content does not match its hash"), verification.reason());
    }

    @Test
    void aRecordDeletedDirectlyFromTheTableIsFound() {
        for (int n = 0; n < 4; n++) {
            audit.record(anIssuedId("deleted", n));
        }
        system.clients().dynamoDb().deleteItem(request -> request
                .tableName(system.resources().tableName("AuditTable"))
                .key(Map.of("PK", AttributeValue.fromS("CHAIN#deleted#2026-11-25"),
                        "SK", AttributeValue.fromS("SEQ#000000000002"))));
        assertEquals(Optional.of("record 2 is missing"), AuditChain.verify(audit.chain("deleted#2026-11-25")).reason());
    }
}
