package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.ProjectAttachment;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPosts;
import jp.igetanet.core.time.Retention;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;

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
        items.create(ProjectPostItems.toItem(post));
        post.threadId().ifPresent(thread -> items.updateIf(Keys.projectPost(post.projectId(), thread),
                "ADD #replies :one", "attribute_exists(#pk)",
                Map.of("#replies", ProjectPostItems.REPLY_COUNT, "#pk", Keys.PK), Map.of(":one", n(1))));
    }

    @Override
    public Optional<ProjectPost> find(String projectId, String postId, Instant now) {
        return versioned.find(projectId, postId, now).map(ProjectPostItems::fromItem);
    }

    @Override
    public List<ProjectPost> findAll(String projectId, List<String> postIds, Instant now) {
        Map<String, ProjectPost> found = items.getAll(postIds.stream().distinct()
                        .map(id -> Keys.projectPost(projectId, id)).toList()).stream()
                .map(ProjectPostItems::fromItem).filter(post -> !Retention.isExpired(post.expiresAt(), now))
                .collect(Collectors.toMap(ProjectPost::id, Function.identity()));
        return postIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<ProjectPost> threads(String projectId, Optional<String> afterPostId, int limit, Instant now) {
        Map<String, AttributeValue> start = afterPostId.map(after -> Keys.indexStart(Keys.projectPost(projectId, after),
                Keys.GSI1PK, Keys.threadsOf(projectId), Keys.GSI1SK, after)).orElse(null);
        return items.collect(live(Keys.GSI1, Keys.GSI1PK, Keys.threadsOf(projectId), now).scanIndexForward(false),
                start, limit, remaining -> remaining).stream().map(ProjectPostItems::fromItem).toList();
    }

    @Override
    public List<ProjectPost> replies(String projectId, String threadId, int limit, Instant now) {
        return items.collect(live(Keys.GSI2, Keys.GSI2PK, Keys.repliesOf(projectId, threadId), now), null, limit,
                remaining -> remaining).stream().map(ProjectPostItems::fromItem).toList();
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
                        new VersionedPosts.Filter("contains(#searchText, :words)",
                                Map.of("#searchText", ProjectPostItems.SEARCH_TEXT), Map.of(":words", s(normalizedWords))),
                        now).scanIndexForward(false),
                afterPostId.map(after -> Keys.projectPost(projectId, after)).orElse(null), limit,
                remaining -> SEARCH_READ);
        return new Found(collected.items().stream().map(ProjectPostItems::fromItem).toList(),
                collected.continueAfter().map(key -> key.get(Keys.SK).s().substring(Keys.POST.length())));
    }

    /** The current item takes the new content by an update on its version, so that its reply count stays. */
    @Override
    public void correct(ProjectPost replaced, ProjectPost next) {
        versioned.correct(next.projectId(), next.id(), replaced.version(), ProjectPostItems.attributesOf(replaced),
                ProjectPostItems.correctionAttributes(next));
    }

    @Override
    public List<ProjectPost> history(String projectId, String postId, Instant now) {
        return versioned.history(projectId, postId, now).stream().map(ProjectPostItems::fromItem).toList();
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
        items.put(AttendanceAnswerItems.toItem(answer));
    }

    @Override
    public List<AttendanceAnswer> answers(String projectId, String postId, Instant now) {
        return versioned.live(projectId, Keys.ANSWER + postId + "#", VersionedPosts.Filter.NONE, true, null,
                        Integer.MAX_VALUE, remaining -> 0, now).stream()
                .map(AttendanceAnswerItems::fromItem).sorted(Comparator.comparing(AttendanceAnswer::answeredAt))
                .toList();
    }

    @Override
    public void createAttachment(ProjectAttachment attachment) {
        items.create(ProjectAttachmentItems.toItem(attachment));
    }

    @Override
    public Optional<ProjectAttachment> attachment(String projectId, String attachmentId, Instant now) {
        return items.get(Keys.projectAttachment(projectId, attachmentId)).map(ProjectAttachmentItems::fromItem)
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }
}
