package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectMember;
import jp.igetanet.core.project.ProjectRole;
import jp.igetanet.core.project.Projects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * {@link Projects} in the domain table: a project's item and its members share the partition {@code PROJECT#{id}};
 * a member item is also in its user's GSI1 partition, and open and network-wide projects in their network's GSI2
 * partition ({@link DomainTable}). Counters and pins change by updates, never by rewriting the project item.
 */
@Singleton
public class DynamoProjects implements Projects {

    private final ItemStore items;

    DynamoProjects(ItemStore items) {
        this.items = items;
    }

    public static DynamoProjects on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoProjects(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(Project project) {
        items.create(ProjectItems.toItem(project));
    }

    @Override
    public Optional<Project> find(String projectId) {
        return items.get(Keys.project(projectId)).map(ProjectItems::fromItem);
    }

    @Override
    public Optional<Standing> standing(String projectId, String userId) {
        Map<String, Map<String, AttributeValue>> bySortKey = items.getAll(List.of(Keys.project(projectId),
                Keys.projectMember(projectId, userId))).stream()
                .collect(Collectors.toMap(item -> item.get(Keys.SK).s(), Function.identity()));
        return Optional.ofNullable(bySortKey.get(Keys.PROJECT_ITEM)).map(ProjectItems::fromItem)
                .map(project -> new Standing(project,
                        Optional.ofNullable(bySortKey.get(Keys.MEMBER + userId)).map(ProjectMemberItems::fromItem)));
    }

    @Override
    public void change(Project changed, long expectedVersion) {
        Map<String, String> names = new HashMap<>(Map.of("#name", "name", "#description", "description", "#kind", "kind",
                "#admission", "admission", "#updatedAt", "updatedAt", "#version", "version",
                "#listPk", Keys.GSI2PK, "#listSk", Keys.GSI2SK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":name", s(changed.name()),
                ":kind", s(changed.kind().code()), ":admission", s(changed.admission().code()),
                ":updatedAt", instant(changed.updatedAt()), ":version", n(changed.version()),
                ":expected", n(expectedVersion)));
        StringBuilder set = new StringBuilder("SET #name = :name, #kind = :kind, #admission = :admission, "
                + "#updatedAt = :updatedAt, #version = :version");
        StringBuilder remove = new StringBuilder();
        if (changed.description() == null || changed.description().isEmpty()) {
            remove.append("#description");
        } else {
            set.append(", #description = :description");
            values.put(":description", s(changed.description()));
        }
        Optional<String> listing = ProjectItems.listingPartition(changed.networkId(), changed.admission());
        if (listing.isPresent()) {
            set.append(", #listPk = :listPk, #listSk = :listSk");
            values.put(":listPk", s(listing.get()));
            values.put(":listSk", s(changed.id()));
        } else {
            remove.append(remove.isEmpty() ? "" : ", ").append("#listPk, #listSk");
        }
        String update = set + (remove.isEmpty() ? "" : " REMOVE " + remove);
        if (!items.updateIf(Keys.project(changed.id()), update, "#version = :expected", names, values)) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    /**
     * The new owner first, so that a failure half-way leaves two administrators and the owner unchanged; a new owner
     * removed meanwhile is USER_UNKNOWN, and nothing changes.
     */
    @Override
    public void handOver(String projectId, String formerOwnerId, String newOwnerId) {
        if (!changeRole(projectId, newOwnerId, ProjectRole.OWNER)) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        if (!items.updateIf(Keys.project(projectId), "SET #owner = :new", "#owner = :former",
                Map.of("#owner", "ownerId"), Map.of(":new", s(newOwnerId), ":former", s(formerOwnerId)))) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        changeRole(projectId, formerOwnerId, ProjectRole.ADMINISTRATOR);
    }

    @Override
    public Optional<ProjectMember> member(String projectId, String userId) {
        return items.get(Keys.projectMember(projectId, userId)).map(ProjectMemberItems::fromItem);
    }

    @Override
    public Map<String, ProjectRole> rolesOf(List<String> projectIds, String userId) {
        return items.getAll(projectIds.stream().distinct().map(id -> Keys.projectMember(id, userId)).toList()).stream()
                .map(ProjectMemberItems::fromItem)
                .collect(Collectors.toMap(ProjectMember::projectId, ProjectMember::role));
    }

    @Override
    public List<ProjectMember> members(String projectId) {
        return items.query(QueryRequest.builder()
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.PROJECT + projectId), ":prefix", s(Keys.MEMBER)))
                        .consistentRead(true))
                .items().stream().map(ProjectMemberItems::fromItem).toList();
    }

    /** The member item first (never twice), then the count: a failure in between undercounts, never over. */
    @Override
    public void addMember(ProjectMember member) {
        if (!items.createIfAbsent(ProjectMemberItems.toItem(member))) {
            throw new ApiException(ErrorCode.PROJECT_MEMBER_EXISTS);
        }
        items.updateIf(Keys.project(member.projectId()), "ADD #count :one", "attribute_exists(#pk)",
                Map.of("#count", ProjectItems.MEMBER_COUNT, "#pk", Keys.PK), Map.of(":one", n(1)));
    }

    @Override
    public boolean removeMember(String projectId, String userId) {
        if (!items.deleteIf(Keys.projectMember(projectId, userId), "attribute_exists(#pk)", Map.of("#pk", Keys.PK), Map.of())) {
            return false;
        }
        items.updateIf(Keys.project(projectId), "ADD #count :minusOne", "#count > :zero",
                Map.of("#count", ProjectItems.MEMBER_COUNT), Map.of(":minusOne", n(-1), ":zero", n(0)));
        return true;
    }

    @Override
    public boolean changeRole(String projectId, String userId, ProjectRole role) {
        return items.updateIf(Keys.projectMember(projectId, userId), "SET #role = :role", "attribute_exists(#pk)",
                Map.of("#role", "role", "#pk", Keys.PK), Map.of(":role", s(role.code())));
    }

    @Override
    public List<ProjectMember> memberships(String userId, Optional<String> afterProjectId, int limit) {
        QueryRequest.Builder request = newestFirst(Keys.GSI1, Keys.GSI1PK, Keys.membershipsOf(userId)).limit(limit);
        afterProjectId.ifPresent(after -> request.exclusiveStartKey(Keys.indexStart(Keys.projectMember(after, userId),
                Keys.GSI1PK, Keys.membershipsOf(userId), Keys.GSI1SK, after)));
        return items.query(request).items().stream().map(ProjectMemberItems::fromItem).toList();
    }

    @Override
    public List<Project> networkWide(String networkId) {
        return items.query(newestFirst(Keys.GSI2, Keys.GSI2PK, Keys.projectsOfNetwork(networkId, Admission.NETWORK.code())))
                .items().stream().map(ProjectItems::fromItem).toList();
    }

    @Override
    public List<Project> open(String networkId, Optional<String> afterProjectId, int limit) {
        String partition = Keys.projectsOfNetwork(networkId, Admission.OPEN.code());
        QueryRequest.Builder request = newestFirst(Keys.GSI2, Keys.GSI2PK, partition).limit(limit);
        afterProjectId.ifPresent(after -> request.exclusiveStartKey(Keys.indexStart(Keys.project(after), Keys.GSI2PK,
                partition, Keys.GSI2SK, after)));
        return items.query(request).items().stream().map(ProjectItems::fromItem).toList();
    }

    private static QueryRequest.Builder newestFirst(String index, String partitionKey, String partition) {
        return QueryRequest.builder().indexName(index).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", partitionKey))
                .expressionAttributeValues(Map.of(":pk", s(partition))).scanIndexForward(false);
    }

    @Override
    public List<Project> findAll(List<String> projectIds) {
        return items.getAll(projectIds.stream().distinct().map(Keys::project).toList()).stream()
                .map(ProjectItems::fromItem).toList();
    }

    @Override
    public Map<String, Long> readsInNetworkWide(List<String> projectIds, String userId) {
        return items.getAll(projectIds.stream().distinct().map(id -> Keys.projectReader(id, userId)).toList()).stream()
                .collect(Collectors.toMap(item -> string(item, "projectId"),
                        item -> number(item, ProjectMemberItems.READS)));
    }

    @Override
    public void countPost(String projectId) {
        items.updateIf(Keys.project(projectId), "ADD #count :one", "attribute_exists(#pk)",
                Map.of("#count", ProjectItems.POST_COUNT, "#pk", Keys.PK), Map.of(":one", n(1)));
    }

    @Override
    public void countRead(Project project, String userId) {
        if (project.isNetworkWide()) {
            items.update(Keys.projectReader(project.id(), userId),
                    "SET #type = :type, #project = :project, #user = :user ADD #reads :one",
                    Map.of("#type", "type", "#project", "projectId", "#user", "userId",
                            "#reads", ProjectMemberItems.READS),
                    Map.of(":type", s("project-reader"), ":project", s(project.id()), ":user", s(userId), ":one", n(1)));
        } else {
            items.updateIf(Keys.projectMember(project.id(), userId), "ADD #reads :one", "attribute_exists(#pk)",
                    Map.of("#reads", ProjectMemberItems.READS, "#pk", Keys.PK), Map.of(":one", n(1)));
        }
    }

    @Override
    public boolean pin(String projectId, String postId) {
        return items.updateIf(Keys.project(projectId), "ADD #pinned :post",
                "attribute_exists(#pk) AND (attribute_not_exists(#pinned) OR size(#pinned) < :max)",
                Map.of("#pinned", ProjectItems.PINNED, "#pk", Keys.PK),
                Map.of(":post", AttributeValue.fromSs(List.of(postId)), ":max", n(Project.MAX_PINNED)));
    }

    @Override
    public void unpin(String projectId, String postId) {
        items.updateIf(Keys.project(projectId), "DELETE #pinned :post", "attribute_exists(#pk)",
                Map.of("#pinned", ProjectItems.PINNED, "#pk", Keys.PK),
                Map.of(":post", AttributeValue.fromSs(List.of(postId))));
    }
}
