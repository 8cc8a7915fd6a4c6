package jp.igetanet.core.project;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.time.Retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link ProjectPosts} in memory for unit tests, as the domain table keeps them: a project's posts and replies in id
 * order (ids sort by time), threads newest first and replies oldest first, replaced versions and first readings never
 * overwritten, a thread's reply count kept through corrections, and nothing past its {@code expiresAt} returned.
 */
public class InMemoryProjectPosts implements ProjectPosts {

    /** How many posts one search call looks at, at most, before it says where it stopped (as the table's reads do). */
    public static final int SEARCH_SCAN = 1000;

    private final Map<String, TreeMap<String, ProjectPost>> current = new HashMap<>();
    /** Replaced versions by project, keyed {@code postId#version} with the version zero-padded so that they sort. */
    private final Map<String, TreeMap<String, ProjectPost>> versions = new HashMap<>();
    private final Map<String, Map<String, StoredReading>> readings = new HashMap<>();
    private final Map<String, Map<String, AttendanceAnswer>> answers = new HashMap<>();
    private final Map<String, Map<String, ProjectAttachment>> attachments = new HashMap<>();

    private record StoredReading(Reading reading, Instant expiresAt) {
    }

    /** A thread's first post starts with no replies; a reply counts one more on its thread, if it is stored. */
    @Override
    public synchronized void create(ProjectPost post) {
        TreeMap<String, ProjectPost> posts = postsOf(post.projectId());
        if (posts.containsKey(post.id())) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        posts.put(post.id(), withReplies(post, 0));
        post.threadId().ifPresent(thread -> posts.computeIfPresent(thread,
                (id, first) -> withReplies(first, first.replyCount() + 1)));
    }

    @Override
    public synchronized Optional<ProjectPost> find(String projectId, String postId, Instant now) {
        return live(Stream.ofNullable(postsOf(projectId).get(postId)), now).findFirst();
    }

    @Override
    public synchronized List<ProjectPost> findAll(String projectId, List<String> postIds, Instant now) {
        return postIds.stream().map(id -> postsOf(projectId).get(id)).filter(Objects::nonNull)
                .filter(post -> !Retention.isExpired(post.expiresAt(), now)).toList();
    }

    @Override
    public synchronized List<ProjectPost> threads(String projectId, Optional<String> afterPostId, int limit, Instant now) {
        return live(newestFirst(projectId, afterPostId), now).filter(post -> !post.isReply()).limit(limit).toList();
    }

    @Override
    public synchronized List<ProjectPost> replies(String projectId, String threadId, int limit, Instant now) {
        return live(postsOf(projectId).values().stream(), now)
                .filter(post -> post.threadId().filter(threadId::equals).isPresent()).limit(limit).toList();
    }

    /**
     * Newest first from after the given post, looking at {@link #SEARCH_SCAN} posts at most: the search continues after
     * the last post found when it found enough and more are stored, or after the last post looked at when it stopped.
     */
    @Override
    public synchronized Found search(String projectId, String normalizedWords, Optional<String> afterPostId, int limit,
                                     Instant now) {
        List<ProjectPost> scanned = newestFirst(projectId, afterPostId).limit(SEARCH_SCAN + 1L).toList();
        List<ProjectPost> found = new ArrayList<>();
        for (int i = 0; i < Math.min(scanned.size(), SEARCH_SCAN); i++) {
            ProjectPost post = scanned.get(i);
            if (!Retention.isExpired(post.expiresAt(), now) && post.content().text() != null
                    && ProjectText.searchable(post.content().text()).contains(normalizedWords)) {
                found.add(post);
                if (found.size() == limit) {
                    return new Found(found, i + 1 < scanned.size() ? Optional.of(post.id()) : Optional.empty());
                }
            }
        }
        return new Found(found, scanned.size() > SEARCH_SCAN ? Optional.of(scanned.get(SEARCH_SCAN - 1).id())
                : Optional.empty());
    }

    /** The replaced version is kept first; the current post then takes the new content if still on its version. */
    @Override
    public synchronized void correct(ProjectPost replaced, ProjectPost next) {
        versions.computeIfAbsent(replaced.projectId(), id -> new TreeMap<>())
                .putIfAbsent(replaced.id() + "#" + String.format("%04d", replaced.version()), replaced);
        TreeMap<String, ProjectPost> posts = postsOf(next.projectId());
        ProjectPost stored = posts.get(next.id());
        if (stored == null || stored.version() != replaced.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        posts.put(next.id(), new ProjectPost(stored.projectId(), stored.id(), stored.threadId(), next.content(),
                stored.author(), stored.postedAt(), stored.expiresAt(), next.version(), next.versionAt(),
                stored.correction(), stored.replyCount()));
    }

    @Override
    public synchronized List<ProjectPost> history(String projectId, String postId, Instant now) {
        TreeMap<String, ProjectPost> kept = versions.getOrDefault(projectId, new TreeMap<>());
        return live(kept.subMap(postId + "#", postId + "$").values().stream(), now).toList();
    }

    @Override
    public synchronized boolean markRead(String projectId, String postId, String userId, Instant at, Instant expiresAt) {
        return readingsOf(projectId, postId).putIfAbsent(userId, new StoredReading(new Reading(userId, at), expiresAt))
                == null;
    }

    @Override
    public synchronized List<Reading> readers(String projectId, String postId, Instant now) {
        return readingsOf(projectId, postId).values().stream()
                .filter(stored -> !Retention.isExpired(stored.expiresAt(), now))
                .map(StoredReading::reading).sorted(Comparator.comparing(Reading::readAt)).toList();
    }

    @Override
    public synchronized Set<String> readBy(String projectId, List<String> postIds, String userId) {
        return postIds.stream().filter(postId -> readingsOf(projectId, postId).containsKey(userId))
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized void answer(AttendanceAnswer answer) {
        answers.computeIfAbsent(answer.projectId() + "#" + answer.postId(), key -> new LinkedHashMap<>())
                .put(answer.userId(), answer);
    }

    @Override
    public synchronized List<AttendanceAnswer> answers(String projectId, String postId, Instant now) {
        return answers.getOrDefault(projectId + "#" + postId, Map.of()).values().stream()
                .filter(answer -> !Retention.isExpired(answer.expiresAt(), now))
                .sorted(Comparator.comparing(AttendanceAnswer::answeredAt)).toList();
    }

    @Override
    public synchronized void createAttachment(ProjectAttachment attachment) {
        if (attachments.computeIfAbsent(attachment.projectId(), id -> new HashMap<>())
                .putIfAbsent(attachment.id(), attachment) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized Optional<ProjectAttachment> attachment(String projectId, String attachmentId, Instant now) {
        return Optional.ofNullable(attachments.getOrDefault(projectId, Map.of()).get(attachmentId))
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }

    private Stream<ProjectPost> newestFirst(String projectId, Optional<String> afterPostId) {
        TreeMap<String, ProjectPost> posts = postsOf(projectId);
        return afterPostId.map(after -> posts.headMap(after, false)).orElse(posts).descendingMap().values().stream();
    }

    private TreeMap<String, ProjectPost> postsOf(String projectId) {
        return current.computeIfAbsent(projectId, id -> new TreeMap<>());
    }

    private Map<String, StoredReading> readingsOf(String projectId, String postId) {
        return readings.computeIfAbsent(projectId + "#" + postId, key -> new LinkedHashMap<>());
    }

    private static Stream<ProjectPost> live(Stream<ProjectPost> posts, Instant now) {
        return posts.filter(post -> !Retention.isExpired(post.expiresAt(), now));
    }

    private static ProjectPost withReplies(ProjectPost post, long replies) {
        return new ProjectPost(post.projectId(), post.id(), post.threadId(), post.content(), post.author(),
                post.postedAt(), post.expiresAt(), post.version(), post.versionAt(), post.correction(), replies);
    }
}
