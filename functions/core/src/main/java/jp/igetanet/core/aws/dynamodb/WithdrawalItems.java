package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.WithdrawalStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * Maps a {@link Withdrawal} to its item and back; the purge's progress (status, times, counts) is changed by updates,
 * on the attributes named here.
 */
final class WithdrawalItems {

    static final String STATUS = "status";
    static final String STARTED_AT = "startedAt";
    static final String FINISHED_AT = "finishedAt";
    /** How many items the purge found, fixed once. */
    static final String ITEM_COUNT = "items";
    /** How many stored objects the purge found, fixed once. */
    static final String OBJECT_COUNT = "objects";

    private WithdrawalItems() {
    }

    static Map<String, AttributeValue> toItem(Withdrawal w) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.withdrawal(w.id()));
        item.put("type", s("withdrawal"));
        item.put("id", s(w.id()));
        item.put("patientRef", s(w.patientRef()));
        item.put("patientId", s(w.patientId()));
        item.put("networkId", s(w.networkId()));
        item.put("requestedBy", s(w.requestedBy().code()));
        putIfPresent(item, "relation", w.relation());
        item.put("receivedOn", s(w.receivedOn().toString()));
        putIfPresent(item, "note", w.note());
        item.put("filedBy", s(w.filedBy()));
        item.put("filedByFacilityId", s(w.filedByFacilityId()));
        item.put("acceptedAt", instant(w.acceptedAt()));
        item.put(STATUS, s(w.status().code()));
        item.put(Keys.GSI1PK, s(Keys.OPEN_WITHDRAWALS));
        item.put(Keys.GSI1SK, s(w.acceptedAt() + "#" + w.id()));
        item.put(Keys.GSI2PK, s(Keys.withdrawnPatient(w.patientRef())));
        item.put(Keys.GSI2SK, s(w.id()));
        return item;
    }

    static Withdrawal fromItem(Map<String, AttributeValue> item) {
        return new Withdrawal(string(item, "id"), string(item, "patientRef"), string(item, "patientId"),
                string(item, "networkId"), Consent.ConsentGiver.fromCode(string(item, "requestedBy")).orElseThrow(),
                string(item, "relation"), LocalDate.parse(string(item, "receivedOn")), string(item, "note"),
                string(item, "filedBy"), string(item, "filedByFacilityId"), instant(item, "acceptedAt"),
                WithdrawalStatus.fromCode(string(item, STATUS)).orElseThrow(), instant(item, STARTED_AT),
                instant(item, FINISHED_AT), count(item, ITEM_COUNT), count(item, OBJECT_COUNT));
    }

    private static Long count(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Long.valueOf(item.get(name).n()) : null;
    }
}
