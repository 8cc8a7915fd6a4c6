package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.facility.KanaReading;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Memberships;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * Maps a {@link CareTeamMember} to its item and back; the item is also in its user's GSI1 partition, ordered by the
 * patient's kana, and in its user's GSI2 partition, ordered by the patient's latest post (from the member's joining).
 */
final class CareTeamMemberItems {

    /** Posts since the member joined that the member has not read; changed by updates only. */
    static final String UNREAD = "unread";

    private CareTeamMemberItems() {
    }

    static Map<String, AttributeValue> toItem(CareTeamMember member, String patientKana) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.careTeamMember(member.patientId(), member.userId()));
        item.put("type", s("care-team-member"));
        item.put("patientId", s(member.patientId()));
        item.put("userId", s(member.userId()));
        item.put("facilityId", s(member.facilityId()));
        item.put("networkId", s(member.networkId()));
        item.put("patientNetworkId", s(member.patientNetworkId()));
        item.put("addedBy", s(member.addedBy()));
        item.put("addedAt", instant(member.addedAt()));
        item.put(Keys.GSI1PK, s(Keys.carePartition(member.userId())));
        item.put(Keys.GSI1SK, s(careSortKey(patientKana, member.patientId())));
        item.put(Keys.GSI2PK, s(Keys.activityPartition(member.userId())));
        item.put(Keys.GSI2SK, s(Keys.activitySortKey(member.addedAt(), member.patientId())));
        return item;
    }

    static CareTeamMember fromItem(Map<String, AttributeValue> item) {
        return new CareTeamMember(string(item, "patientId"), string(item, "userId"), string(item, "facilityId"),
                string(item, "networkId"), string(item, "patientNetworkId"), string(item, "addedBy"),
                instant(item, "addedAt"));
    }

    /** A member item as one of its user's patients, with the unread count. */
    static Memberships.Caring caringOf(Map<String, AttributeValue> item) {
        return new Memberships.Caring(string(item, "patientId"), string(item, "patientNetworkId"),
                number(item, UNREAD));
    }

    /** The member's place in its user's GSI1 partition: the patient's normalised kana, then the patient's id. */
    static String careSortKey(String patientKana, String patientId) {
        return KanaReading.normalize(patientKana) + "#" + patientId;
    }
}
