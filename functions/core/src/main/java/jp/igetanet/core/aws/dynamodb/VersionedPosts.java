package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.time.Retention;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/**
 * A post with versions and first readings in its owner's partition, as the shared record ({@code PATIENT#}) and
 * projects ({@code PROJECT#}) both store them ({@link Keys#ownedPost}): the current post under {@code POST#}, each
 * replaced version under {@code POSTV#}, each user's first reading under {@code READ#}. DynamoDB deletes expired items
 * only eventually, so every read here leaves out what is past {@code expiresAt}.
 */
final class VersionedPosts {

    private final ItemStore items;
    private final String ownerPrefix;
    private final String readingType;

    /** {@code ownerPrefix} is {@link Keys#PATIENT} or {@link Keys#PROJECT}; readings are stored as {@code readingType}. */
    VersionedPosts(ItemStore items, String ownerPrefix, String readingType) {
        this.items = items;
        this.ownerPrefix = ownerPrefix;
        this.readingType = readingType;
    }

    /** The current post's item, unless absent or expired. */
    Optional<Map<String, AttributeValue>> find(String ownerId, String postId, Instant now) {
        return items.get(Keys.ownedPost(ownerPrefix + ownerId, postId)).filter(item -> isLive(item, now));
    }

    /**
     * Corrects a post: the replaced version is kept first (never overwritten, so a correction retried after a failure
     * finds it), then the current item takes the next version's attributes if it is still {@code replacedVersion}'s;
     * CONFLICT otherwise. Attributes given empty are removed; the others on the current item (counters) stay.
     */
    void correct(String ownerId, String postId, int replacedVersion, Map<String, AttributeValue> replacedItem,
                 Map<String, Optional<AttributeValue>> next) {
        Map<String, AttributeValue> version = new HashMap<>(replacedItem);
        version.putAll(Keys.ownedPostVersion(ownerPrefix + ownerId, postId, replacedVersion));
        items.createIfAbsent(version);
        Map<String, String> names = new HashMap<>(Map.of("#version", "version"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":expected", n(replacedVersion)));
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Optional<AttributeValue>> attribute : next.entrySet()) {
            String name = "#a" + index;
            String value = ":a" + index++;
            names.put(name, attribute.getKey());
            attribute.getValue().ifPresentOrElse(present -> {
                set.add(name + " = " + value);
                values.put(value, present);
            }, () -> remove.add(name));
        }
        String update = (set.isEmpty() ? "" : "SET " + String.join(", ", set))
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        if (!items.updateIf(Keys.ownedPost(ownerPrefix + ownerId, postId), update.strip(), "#version = :expected",
                names, values)) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    /** The replaced versions' items, oldest first. */
    List<Map<String, AttributeValue>> history(String ownerId, String postId, Instant now) {
        return live(ownerId, Keys.POST_VERSION + postId + "#", Filter.NONE, true, null, Integer.MAX_VALUE,
                remaining -> 0, now);
    }

    /** Notes a user's first reading of a post, kept as long as the post; false when it was noted before. */
    boolean markRead(String ownerId, String postId, String userId, Instant at, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.ownedPostReading(ownerPrefix + ownerId, postId, userId));
        item.put("type", s(readingType));
        item.put("userId", s(userId));
        item.put("readAt", instant(at));
        item.put(Keys.EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return items.createIfAbsent(item);
    }

    /** Which of these posts (at most 100) the user has read: one batch of reads of their reading items. */
    Set<String> readOf(String ownerId, List<String> postIds, String userId) {
        String suffix = "#" + userId;
        List<Map<String, AttributeValue>> keys = postIds.stream().distinct()
                .map(postId -> Keys.ownedPostReading(ownerPrefix + ownerId, postId, userId)).toList();
        return items.getAll(keys).stream().map(item -> string(item, Keys.SK))
                .map(sk -> sk.substring(Keys.READ.length(), sk.length() - suffix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Who read a post and when, first readers first, each as {@code reading} makes it. */
    <R> List<R> readers(String ownerId, String postId, Instant now, BiFunction<String, Instant, R> reading) {
        return live(ownerId, Keys.READ + postId + "#", Filter.NONE, true, null, Integer.MAX_VALUE, remaining -> 0, now)
                .stream().sorted(Comparator.comparing(item -> instant(item, "readAt")))
                .map(item -> reading.apply(string(item, "userId"), instant(item, "readAt"))).toList();
    }

    /** A condition on the items besides their expiry, with the names and values it uses. */
    record Filter(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static final Filter NONE = new Filter(null, Map.of(), Map.of());
    }

    /**
     * The items of the owner's partition under {@code skPrefix} that are not past {@code expiresAt} and pass the
     * filter, in key order or backwards, from after {@code start}, at most {@code wanted} ({@link ItemStore#collect}).
     */
    List<Map<String, AttributeValue>> live(String ownerId, String skPrefix, Filter filter, boolean oldestFirst,
                                           Map<String, AttributeValue> start, int wanted, IntUnaryOperator readLimit,
                                           Instant now) {
        return items.collect(query(ownerId, skPrefix, filter, now).scanIndexForward(oldestFirst), start, wanted,
                readLimit);
    }

    /** The query {@link #live} makes, for a caller that pages through it itself. */
    QueryRequest.Builder query(String ownerId, String skPrefix, Filter filter, Instant now) {
        Map<String, String> names = new HashMap<>(filter.names());
        names.putAll(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#expires", Keys.EXPIRES_AT));
        Map<String, AttributeValue> values = new HashMap<>(filter.values());
        values.putAll(Map.of(":pk", s(ownerPrefix + ownerId), ":prefix", s(skPrefix), ":now", n(now.getEpochSecond())));
        String condition = filter.expression() == null ? "#expires > :now" : "#expires > :now AND " + filter.expression();
        return QueryRequest.builder()
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .filterExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values);
    }

    private static boolean isLive(Map<String, AttributeValue> item, Instant now) {
        return !Retention.isExpired(Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)), now);
    }
}
