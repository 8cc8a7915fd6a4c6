package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.portal.Announcement;
import jp.igetanet.core.portal.AnnouncementKind;
import jp.igetanet.core.portal.Announcements;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;

/** {@link Announcements} in the domain table: one item each, listed newest first per network through GSI1. */
@Singleton
public class DynamoAnnouncements implements Announcements {

    private final ItemStore items;

    DynamoAnnouncements(ItemStore items) {
        this.items = items;
    }

    public static DynamoAnnouncements on(DynamoDbClient client, String tableName) {
        return new DynamoAnnouncements(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(Announcement announcement) {
        items.create(AnnouncementItems.toItem(announcement));
    }

    @Override
    public Optional<Announcement> find(String announcementId) {
        return items.get(Keys.announcement(announcementId)).map(AnnouncementItems::fromItem);
    }

    @Override
    public void update(Announcement announcement, long expectedVersion) {
        if (!items.replaceIf(AnnouncementItems.toItem(announcement), "#version = :expected",
                Map.of("#version", "version"), Map.of(":expected", n(expectedVersion)))) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public boolean withdraw(String announcementId) {
        return items.deleteIf(Keys.announcement(announcementId), "attribute_exists(#pk)", Map.of("#pk", Keys.PK), Map.of());
    }

    @Override
    public List<Announcement> ofNetwork(String networkId, Optional<AnnouncementKind> kind, Optional<String> afterId,
                                       int limit) {
        String partition = Keys.announcementsOf(networkId);
        Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.GSI1PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        kind.ifPresent(wanted -> {
            names.put("#kind", AnnouncementItems.KIND);
            values.put(":kind", s(wanted.code()));
        });
        QueryRequest.Builder request = QueryRequest.builder().indexName(Keys.GSI1).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(names).expressionAttributeValues(values).scanIndexForward(false)
                .filterExpression(kind.isPresent() ? "#kind = :kind" : null);
        Map<String, AttributeValue> start = afterId.map(after -> {
            Map<String, AttributeValue> key = new HashMap<>(Keys.announcement(after));
            key.put(Keys.GSI1PK, s(partition));
            key.put(Keys.GSI1SK, s(after));
            return key;
        }).orElse(null);
        return items.collect(request, start, limit, remaining -> kind.isEmpty() ? remaining : remaining + limit)
                .stream().map(AnnouncementItems::fromItem).toList();
    }
}
