package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.WithdrawalStatus;
import jp.igetanet.core.patient.Withdrawals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;

/**
 * {@link Withdrawals} in the domain table ({@link DomainTable}): one item per withdrawal, listed in GSI1 while its
 * purge is open and found by the patient's reference in GSI2 for good.
 */
@Singleton
public class DynamoWithdrawals implements Withdrawals {

    private final ItemStore items;

    DynamoWithdrawals(ItemStore items) {
        this.items = items;
    }

    public static DynamoWithdrawals on(DynamoDbClient client, String tableName) {
        return new DynamoWithdrawals(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(Withdrawal w) {
        items.create(WithdrawalItems.toItem(w));
    }

    @Override
    public Optional<Withdrawal> find(String withdrawalId) {
        return items.get(Keys.withdrawal(withdrawalId)).map(WithdrawalItems::fromItem);
    }

    @Override
    public Optional<Withdrawal> ofPatient(String patientId) {
        return items.query(QueryRequest.builder().indexName(Keys.GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", Keys.GSI2PK))
                        .expressionAttributeValues(Map.of(":pk",
                                s(Keys.withdrawnPatient(Withdrawal.patientRef(patientId)))))
                        .limit(1))
                .items().stream().findFirst().map(WithdrawalItems::fromItem);
    }

    @Override
    public void discard(String withdrawalId) {
        items.deleteIf(Keys.withdrawal(withdrawalId), "#status = :accepted",
                Map.of("#status", WithdrawalItems.STATUS), Map.of(":accepted", s(WithdrawalStatus.ACCEPTED.code())));
    }

    @Override
    public boolean startPurge(String withdrawalId, Instant at) {
        return items.updateIf(Keys.withdrawal(withdrawalId),
                "SET #status = :purging, #started = if_not_exists(#started, :at) REMOVE #finished",
                "attribute_exists(#pk) AND #status <> :completed",
                Map.of("#status", WithdrawalItems.STATUS, "#started", WithdrawalItems.STARTED_AT,
                        "#finished", WithdrawalItems.FINISHED_AT, "#pk", Keys.PK),
                Map.of(":purging", s(WithdrawalStatus.PURGING.code()), ":at", instant(at),
                        ":completed", s(WithdrawalStatus.COMPLETED.code())));
    }

    @Override
    public boolean fixCounts(String withdrawalId, long itemCount, long objectCount) {
        return items.updateIf(Keys.withdrawal(withdrawalId), "SET #items = :items, #objects = :objects",
                "attribute_exists(#pk) AND attribute_not_exists(#items)",
                Map.of("#items", WithdrawalItems.ITEM_COUNT, "#objects", WithdrawalItems.OBJECT_COUNT, "#pk", Keys.PK),
                Map.of(":items", n(itemCount), ":objects", n(objectCount)));
    }

    @Override
    public void complete(String withdrawalId, Instant at) {
        items.updateIf(Keys.withdrawal(withdrawalId),
                "SET #status = :completed, #finished = :at REMOVE #patient, #note, #openPk, #openSk",
                "attribute_exists(#pk)",
                Map.of("#status", WithdrawalItems.STATUS, "#finished", WithdrawalItems.FINISHED_AT,
                        "#patient", "patientId", "#note", "note",
                        "#openPk", Keys.GSI1PK, "#openSk", Keys.GSI1SK, "#pk", Keys.PK),
                Map.of(":completed", s(WithdrawalStatus.COMPLETED.code()), ":at", instant(at)));
    }

    @Override
    public void fail(String withdrawalId, Instant at) {
        items.updateIf(Keys.withdrawal(withdrawalId), "SET #status = :failed, #finished = :at",
                "attribute_exists(#pk) AND #status <> :completed",
                Map.of("#status", WithdrawalItems.STATUS, "#finished", WithdrawalItems.FINISHED_AT, "#pk", Keys.PK),
                Map.of(":failed", s(WithdrawalStatus.FAILED.code()), ":at", instant(at),
                        ":completed", s(WithdrawalStatus.COMPLETED.code())));
    }

    @Override
    public List<Withdrawal> openSince(Instant before, int limit) {
        return items.query(QueryRequest.builder().indexName(Keys.GSI1)
                        .keyConditionExpression("#pk = :pk AND #sk < :before")
                        .expressionAttributeNames(Map.of("#pk", Keys.GSI1PK, "#sk", Keys.GSI1SK))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.OPEN_WITHDRAWALS), ":before", s(before.toString())))
                        .limit(limit))
                .items().stream().map(WithdrawalItems::fromItem).toList();
    }
}
