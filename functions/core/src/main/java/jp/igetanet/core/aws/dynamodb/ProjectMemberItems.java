package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.project.ProjectMember;
import jp.igetanet.core.project.ProjectRole;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link ProjectMember} to its item and back; the item is also in its user's GSI1 partition. */
final class ProjectMemberItems {

    /** How many of the project's posts the member has read; changed by updates, and kept on reader items too. */
    static final String READS = "reads";

    private ProjectMemberItems() {
    }

    static Map<String, AttributeValue> toItem(ProjectMember member) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.projectMember(member.projectId(), member.userId()));
        item.put("type", s("project-member"));
        item.put("projectId", s(member.projectId()));
        item.put("userId", s(member.userId()));
        putIfPresent(item, "name", member.name());
        putIfPresent(item, "profession", member.professionLabel());
        item.put("facilityId", s(member.facilityId()));
        putIfPresent(item, "facilityName", member.facilityName());
        item.put("networkId", s(member.networkId()));
        item.put("role", s(member.role().code()));
        item.put("addedBy", s(member.addedBy()));
        item.put("addedAt", instant(member.addedAt()));
        item.put("postsBefore", n(member.postsBefore()));
        item.put(READS, n(member.reads()));
        item.put(Keys.GSI1PK, s(Keys.membershipsOf(member.userId())));
        item.put(Keys.GSI1SK, s(member.projectId()));
        return item;
    }

    static ProjectMember fromItem(Map<String, AttributeValue> item) {
        return new ProjectMember(string(item, "projectId"), string(item, "userId"), string(item, "name"),
                string(item, "profession"), string(item, "facilityId"), string(item, "facilityName"),
                string(item, "networkId"), ProjectRole.fromCode(string(item, "role")).orElse(ProjectRole.MEMBER),
                string(item, "addedBy"), instant(item, "addedAt"), number(item, "postsBefore"), number(item, READS));
    }
}
