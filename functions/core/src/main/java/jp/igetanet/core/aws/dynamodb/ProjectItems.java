package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectKind;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a {@link Project} to its item and back; its counters and pins are changed by updates, named here. */
final class ProjectItems {

    static final String POST_COUNT = "postCount";
    static final String MEMBER_COUNT = "memberCount";
    /** The pinned posts' ids, a string set. */
    static final String PINNED = "pinned";

    private ProjectItems() {
    }

    static Map<String, AttributeValue> toItem(Project project) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.project(project.id()));
        item.put("type", s("project"));
        item.put("id", s(project.id()));
        item.put("networkId", s(project.networkId()));
        item.put("name", s(project.name()));
        putIfPresent(item, "description", project.description());
        item.put("kind", s(project.kind().code()));
        item.put("admission", s(project.admission().code()));
        item.put("ownerId", s(project.ownerId()));
        item.put("createdBy", s(project.createdBy()));
        item.put("createdAt", instant(project.createdAt()));
        item.put("updatedAt", instant(project.updatedAt()));
        item.put("version", n(project.version()));
        item.put(POST_COUNT, n(project.postCount()));
        item.put(MEMBER_COUNT, n(project.memberCount()));
        listingPartition(project.networkId(), project.admission())
                .ifPresent(partition -> {
                    item.put(Keys.GSI2PK, s(partition));
                    item.put(Keys.GSI2SK, s(project.id()));
                });
        return item;
    }

    /** Open and network-wide projects are listed in their network's GSI2 partition; invitation ones are not. */
    static Optional<String> listingPartition(String networkId, Admission admission) {
        return admission == Admission.INVITATION ? Optional.empty()
                : Optional.of(Keys.projectsOfNetwork(networkId, admission.code()));
    }

    static Project fromItem(Map<String, AttributeValue> item) {
        return new Project(string(item, "id"), string(item, "networkId"), string(item, "name"),
                string(item, "description"), ProjectKind.fromCode(string(item, "kind")).orElse(ProjectKind.OTHER),
                Admission.fromCode(string(item, "admission")).orElse(Admission.INVITATION), string(item, "ownerId"),
                string(item, "createdBy"), instant(item, "createdAt"), instant(item, "updatedAt"),
                number(item, "version"), number(item, POST_COUNT), number(item, MEMBER_COUNT),
                item.containsKey(PINNED) ? item.get(PINNED).ss() : List.of());
    }
}
