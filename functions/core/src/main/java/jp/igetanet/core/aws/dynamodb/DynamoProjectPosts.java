package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.ProjectAttachment;
import jp.igetanet.core.project.ProjectEvent;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPostContent;
import jp.igetanet.core.project.ProjectPosts;
import jp.igetanet.core.project.ProjectText;
import jp.igetanet.core.time.Retention;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;
import static jp.igetanet.core.aws.dynamodb.Attributes.strings;

/**
 * {@link ProjectPosts} in the domain table: every post and reply of a project is {@code POST#{id}} in the project's
 * partition; a thread's first post is also in the project's GSI1 partition (the timeline of threads) and a reply in
 * its thread's GSI2 partition ({@link DomainTable}). Replaced versions carry no index keys. Every read leaves out
 * what is past {@code expiresAt}.
 */
@Singleton
public class DynamoProjectPosts implements ProjectPosts {

    /** How many posts one read of a search looks at: the filter keeps the few that match. */
    static final int SEARCH_READ = 100;
    private static final String REPLY_COUNT = "replyCount";

    private final ItemStore items;
    private final VersionedPosts versioned;

    DynamoProjectPosts(ItemStore items) {
        this.items = items;
        this.versioned = new VersionedPosts(items, Keys.PROJECT, "project-post-reading");
    }

    public static DynamoProjectPosts on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoProjectPosts(new ItemStore(client, new DomainTable(tableName)));
    }

    /** The post first, then its thread's reply count: a failure in between undercounts, never over. */
    @Override
    public void create(ProjectPost post) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.projectPost(post.projectId(), post.id()));
        item.putAll(itemOf(post));
        if (post.threadId().isPresent()) {
            item.put(Keys.GSI2PK, s(Keys.repliesOf(post.projectId(), post.threadId().get())));
            item.put(Keys.GSI2SK, s(post.id()));
        } else {
            item.put(Keys.GSI1PK, s(Keys.threadsOf(post.projectId())));
            item.put(Keys.GSI1SK, s(post.id()));
            item.put(REPLY_COUNT, n(0));
        }
        items.create(item);
        post.threadId().ifPresent(thread -> items.updateIf(Keys.projectPost(post.projectId(), thread),
                "ADD #replies :one", "attribute_exists(#pk)", Map.of("#replies", REPLY_COUNT, "#pk", Keys.PK),
                Map.of(":one", n(1))));
    }

    /** A post's attributes, without its key or index keys (the current post's or a replaced version's). */
    private static Map<String, AttributeValue> itemOf(ProjectPost post) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("type", s("project-post"));
        item.put("projectId", s(post.projectId()));
        item.put("id", s(post.id()));
        post.threadId().ifPresent(thread -> item.put("threadId", s(thread)));
        contentAttributes(post.content()).forEach((name, value) -> value.ifPresent(present -> item.put(name, present)));
        ProjectPost.Author author = post.author();
        item.put("authorId", s(author.userId()));
        putIfPresent(item, "authorName", author.name());
        putIfPresent(item, "authorProfession", author.professionLabel());
        item.put("authorFacilityId", s(author.facilityId()));
        putIfPresent(item, "authorFacilityName", author.facilityName());
        item.put("postedAt", instant(post.postedAt()));
        item.put(Keys.EXPIRES_AT, n(post.expiresAt().getEpochSecond()));
        item.put("version", n(post.version()));
        item.put("versionAt", instant(post.versionAt()));
        post.correction().ifPresent(correction -> {
            item.put("correctedBy", s(correction.correctedBy()));
            item.put("correctedAt", instant(correction.correctedAt()));
            item.put("correctionReason", s(correction.reason()));
        });
        return item;
    }

    /** The attributes a post's content is stored in, each empty when the content has no such part. */
    private static Map<String, Optional<AttributeValue>> contentAttributes(ProjectPostContent content) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>();
        Optional<String> text = Optional.ofNullable(content.text()).filter(value -> !value.isEmpty());
        attributes.put("text", text.map(Attributes::s));
        attributes.put("searchText", text.map(ProjectText::searchable).map(Attributes::s));
        attributes.put("attachmentIds", content.attachmentIds().isEmpty() ? Optional.empty()
                : Optional.of(strings(content.attachmentIds())));
        attributes.put("event", Optional.ofNullable(content.event()).map(event -> {
            Map<String, AttributeValue> map = new HashMap<>();
            map.put("startsAt", instant(event.startsAt()));
            if (event.endsAt() != null) {
                map.put("endsAt", instant(event.endsAt()));
            }
            putIfPresent(map, "place", event.place());
            putIfPresent(map, "onlineUrl", event.onlineUrl());
            return AttributeValue.fromM(map);
        }));
        return attributes;
    }

    @Override
    public Optional<ProjectPost> find(String projectId, String postId, Instant now) {
        return versioned.find(projectId, postId, now).map(DynamoProjectPosts::postOf);
    }

    @Override
    public List<ProjectPost> findAll(String projectId, List<String> postIds, Instant now) {
        Map<String, ProjectPost> found = items.getAll(postIds.stream().distinct()
                        .map(id -> Keys.projectPost(projectId, id)).toList()).stream()
                .map(DynamoProjectPosts::postOf).filter(post -> !Retention.isExpired(post.expiresAt(), now))
                .collect(Collectors.toMap(ProjectPost::id, Function.identity()));
        return postIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<ProjectPost> threads(String projectId, Optional<String> afterPostId, int limit, Instant now) {
        Map<String, AttributeValue> start = afterPostId.map(after -> Keys.indexStart(Keys.projectPost(projectId, after),
                Keys.GSI1PK, Keys.threadsOf(projectId), Keys.GSI1SK, after)).orElse(null);
        return items.collect(live(Keys.GSI1, Keys.GSI1PK, Keys.threadsOf(projectId), now).scanIndexForward(false),
                start, limit, remaining -> remaining).stream().map(DynamoProjectPosts::postOf).toList();
    }

    @Override
    public List<ProjectPost> replies(String projectId, String threadId, int limit, Instant now) {
        return items.collect(live(Keys.GSI2, Keys.GSI2PK, Keys.repliesOf(projectId, threadId), now), null, limit,
                remaining -> remaining).stream().map(DynamoProjectPosts::postOf).toList();
    }

    /** A query of one index partition that leaves out expired items. */
    private static QueryRequest.Builder live(String index, String partitionKey, String partition, Instant now) {
        return QueryRequest.builder().indexName(index).keyConditionExpression("#pk = :pk")
                .filterExpression("#expires > :now")
                .expressionAttributeNames(Map.of("#pk", partitionKey, "#expires", Keys.EXPIRES_AT))
                .expressionAttributeValues(Map.of(":pk", s(partition), ":now", n(now.getEpochSecond())));
    }

    /** The project's posts backwards, {@value #SEARCH_READ} a read, filtered on the stored normalised text. */
    @Override
    public Found search(String projectId, String normalizedWords, Optional<String> afterPostId, int limit, Instant now) {
        ItemStore.Collected collected = items.collectPage(versioned.query(projectId, Keys.POST,
                        new VersionedPosts.Filter("contains(#searchText, :words)", Map.of("#searchText", "searchText"),
                                Map.of(":words", s(normalizedWords))), now).scanIndexForward(false),
                afterPostId.map(after -> Keys.projectPost(projectId, after)).orElse(null), limit,
                remaining -> SEARCH_READ);
        return new Found(collected.items().stream().map(DynamoProjectPosts::postOf).toList(),
                collected.continueAfter().map(key -> key.get(Keys.SK).s().substring(Keys.POST.length())));
    }

    /** The current item takes the new content by an update on its version, so that its reply count stays. */
    @Override
    public void correct(ProjectPost replaced, ProjectPost next) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>(contentAttributes(next.content()));
        attributes.put("version", Optional.of(n(next.version())));
        attributes.put("versionAt", Optional.of(instant(next.versionAt())));
        versioned.correct(next.projectId(), next.id(), replaced.version(), itemOf(replaced), attributes);
    }

    @Override
    public List<ProjectPost> history(String projectId, String postId, Instant now) {
        return versioned.history(projectId, postId, now).stream().map(DynamoProjectPosts::postOf).toList();
    }

    @Override
    public boolean markRead(String projectId, String postId, String userId, Instant at, Instant expiresAt) {
        return versioned.markRead(projectId, postId, userId, at, expiresAt);
    }

    @Override
    public List<Reading> readers(String projectId, String postId, Instant now) {
        return versioned.readers(projectId, postId, now, Reading::new);
    }

    @Override
    public Set<String> readBy(String projectId, List<String> postIds, String userId) {
        return items.getAll(postIds.stream().distinct().map(id -> Keys.projectPostReading(projectId, id, userId)).toList())
                .stream().map(item -> item.get(Keys.SK).s().substring(Keys.READ.length()).split("#")[0])
                .collect(Collectors.toSet());
    }

    /** An answer is the member's current answer: a new one replaces it. */
    @Override
    public void answer(AttendanceAnswer answer) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.attendanceAnswer(answer.projectId(), answer.postId(),
                answer.userId()));
        item.put("type", s("attendance-answer"));
        item.put("projectId", s(answer.projectId()));
        item.put("postId", s(answer.postId()));
        item.put("userId", s(answer.userId()));
        putIfPresent(item, "name", answer.name());
        putIfPresent(item, "facilityName", answer.facilityName());
        item.put("attendance", s(answer.attendance().code()));
        item.put("answeredAt", instant(answer.answeredAt()));
        item.put(Keys.EXPIRES_AT, n(answer.expiresAt().getEpochSecond()));
        items.put(item);
    }

    @Override
    public List<AttendanceAnswer> answers(String projectId, String postId, Instant now) {
        return versioned.live(projectId, Keys.ANSWER + postId + "#", VersionedPosts.Filter.NONE, true, null,
                        Integer.MAX_VALUE, remaining -> 0, now).stream()
                .map(item -> new AttendanceAnswer(string(item, "projectId"), string(item, "postId"),
                        string(item, "userId"), string(item, "name"), string(item, "facilityName"),
                        Attendance.fromCode(string(item, "attendance")).orElse(Attendance.ABSENT),
                        instant(item, "answeredAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT))))
                .sorted(Comparator.comparing(AttendanceAnswer::answeredAt)).toList();
    }

    @Override
    public void createAttachment(ProjectAttachment attachment) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.projectAttachment(attachment.projectId(), attachment.id()));
        item.put("type", s("project-attachment"));
        item.put("projectId", s(attachment.projectId()));
        item.put("id", s(attachment.id()));
        item.put("objectKey", s(attachment.objectKey()));
        item.put("contentType", s(attachment.contentType()));
        item.put("uploadedBy", s(attachment.uploadedBy()));
        item.put("createdAt", instant(attachment.createdAt()));
        item.put(Keys.EXPIRES_AT, n(attachment.expiresAt().getEpochSecond()));
        items.create(item);
    }

    @Override
    public Optional<ProjectAttachment> attachment(String projectId, String attachmentId, Instant now) {
        return items.get(Keys.projectAttachment(projectId, attachmentId))
                .map(item -> new ProjectAttachment(string(item, "projectId"), string(item, "id"),
                        string(item, "objectKey"), string(item, "contentType"), string(item, "uploadedBy"),
                        instant(item, "createdAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT))))
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }

    private static ProjectPost postOf(Map<String, AttributeValue> item) {
        ProjectEvent event = null;
        if (item.containsKey("event")) {
            Map<String, AttributeValue> e = item.get("event").m();
            event = new ProjectEvent(instant(e, "startsAt"), instant(e, "endsAt"), string(e, "place"),
                    string(e, "onlineUrl"));
        }
        return new ProjectPost(string(item, "projectId"), string(item, "id"), Optional.ofNullable(string(item, "threadId")),
                new ProjectPostContent(string(item, "text"), strings(item, "attachmentIds"), event),
                new ProjectPost.Author(string(item, "authorId"), string(item, "authorName"),
                        string(item, "authorProfession"), string(item, "authorFacilityId"),
                        string(item, "authorFacilityName")),
                instant(item, "postedAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)),
                (int) number(item, "version"), instant(item, "versionAt"),
                item.containsKey("correctedBy") ? Optional.of(new ProjectPost.Correction(string(item, "correctedBy"),
                        instant(item, "correctedAt"), string(item, "correctionReason"))) : Optional.empty(),
                number(item, REPLY_COUNT));
    }
}
