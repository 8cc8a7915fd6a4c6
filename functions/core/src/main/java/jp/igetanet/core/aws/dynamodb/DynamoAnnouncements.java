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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

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
        items.create(itemOf(announcement));
    }

    @Override
    public Optional<Announcement> find(String announcementId) {
        return items.get(Keys.announcement(announcementId)).map(DynamoAnnouncements::announcementOf);
    }

    @Override
    public void update(Announcement announcement, long expectedVersion) {
        if (!items.replaceIf(itemOf(announcement), "#version = :expected", Map.of("#version", "version"),
                Map.of(":expected", n(expectedVersion)))) {
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
        String partition = Keys.ANNOUNCEMENTS + networkId;
        Map<String, String> names = new HashMap<>(Map.of("#pk", Keys.GSI1PK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
        kind.ifPresent(wanted -> {
            names.put("#kind", "kind");
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
                .stream().map(DynamoAnnouncements::announcementOf).toList();
    }

    private static Map<String, AttributeValue> itemOf(Announcement a) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.announcement(a.id()));
        item.put("type", s("announcement"));
        item.put("id", s(a.id()));
        item.put("networkId", s(a.networkId()));
        item.put("kind", s(a.kind().code()));
        item.put("title", s(a.title()));
        item.put("body", s(a.body()));
        if (a.serviceEndsOn() != null) {
            item.put("serviceEndsOn", s(a.serviceEndsOn().toString()));
        }
        item.put("publishedAt", instant(a.publishedAt()));
        item.put("publishedBy", s(a.publishedBy()));
        item.put("updatedAt", instant(a.updatedAt()));
        item.put("version", n(a.version()));
        item.put(Keys.GSI1PK, s(Keys.ANNOUNCEMENTS + a.networkId()));
        item.put(Keys.GSI1SK, s(a.id()));
        return item;
    }

    private static Announcement announcementOf(Map<String, AttributeValue> item) {
        String endsOn = string(item, "serviceEndsOn");
        return new Announcement(string(item, "id"), string(item, "networkId"),
                AnnouncementKind.fromCode(string(item, "kind")).orElse(AnnouncementKind.NOTICE), string(item, "title"),
                string(item, "body"), endsOn == null ? null : LocalDate.parse(endsOn), instant(item, "publishedAt"),
                string(item, "publishedBy"), instant(item, "updatedAt"), number(item, "version"));
    }
}
