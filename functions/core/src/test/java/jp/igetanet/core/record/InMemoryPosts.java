package jp.igetanet.core.record;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.time.Retention;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link Posts} in memory for unit tests of desks, as the domain table keeps them: one patient's posts in id order
 * (ids sort by time, so backwards is newest first), replaced versions and first readings never overwritten, and
 * nothing past its {@code expiresAt} ever returned, though it is still stored.
 */
public class InMemoryPosts implements Posts {

    private final Map<String, TreeMap<String, Post>> current = new HashMap<>();
    /** Replaced versions by patient, keyed {@code postId#version} with the version zero-padded so that they sort. */
    private final Map<String, TreeMap<String, Post>> versions = new HashMap<>();
    private final Map<String, Map<String, Map<String, StoredReading>>> readings = new HashMap<>();
    private final Map<String, Map<String, Attachment>> attachments = new HashMap<>();

    private record StoredReading(Reading reading, Instant expiresAt) {
    }

    @Override
    public synchronized void create(CareTeamAccess access, Post post) {
        access.requireSamePatient(post.patientId());
        if (postsOf(post.patientId()).putIfAbsent(post.id(), post) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized List<Post> timeline(CareTeamAccess access, Optional<PostCategory> category,
                                            Optional<String> afterPostId, int limit, Instant now) {
        TreeMap<String, Post> posts = postsOf(access.patientId());
        var newestFirst = afterPostId.map(after -> posts.headMap(after, false)).orElse(posts).descendingMap();
        return live(newestFirst.values().stream(), now)
                .filter(post -> category.map(chosen -> post.content().category() == chosen).orElse(true))
                .limit(limit).toList();
    }

    @Override
    public synchronized Optional<Post> find(CareTeamAccess access, String postId, Instant now) {
        return live(Stream.ofNullable(postsOf(access.patientId()).get(postId)), now).findFirst();
    }

    @Override
    public synchronized List<Post> withVital(CareTeamAccess access, VitalSign sign, int limit, Instant now) {
        return newestWith(access, post -> sign.of(post.content().vitals()).isPresent(), limit, now);
    }

    @Override
    public synchronized List<Post> withMedications(CareTeamAccess access, int limit, Instant now) {
        return newestWith(access, post -> !post.content().medications().isEmpty(), limit, now);
    }

    /** Only coded results are found by code: the table indexes no other. */
    @Override
    public synchronized List<Post> withLabResult(CareTeamAccess access, String code, int limit, Instant now) {
        return newestWith(access, post -> post.content().labResults().stream()
                .anyMatch(result -> result.isCoded() && result.code().equals(code)), limit, now);
    }

    private List<Post> newestWith(CareTeamAccess access, Predicate<Post> filter, int limit, Instant now) {
        return live(postsOf(access.patientId()).descendingMap().values().stream(), now).filter(filter).limit(limit)
                .toList();
    }

    @Override
    public synchronized void correct(CareTeamAccess access, Post replaced, Post next) {
        access.requireSamePatient(replaced.patientId());
        access.requireSamePatient(next.patientId());
        versions.computeIfAbsent(replaced.patientId(), id -> new TreeMap<>())
                .putIfAbsent(versionKey(replaced.id(), replaced.version()), replaced);
        TreeMap<String, Post> posts = postsOf(next.patientId());
        Post stored = posts.get(next.id());
        if (stored == null || stored.version() != replaced.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        posts.put(next.id(), next);
    }

    @Override
    public synchronized List<Post> history(CareTeamAccess access, String postId, Instant now) {
        TreeMap<String, Post> kept = versions.getOrDefault(access.patientId(), new TreeMap<>());
        return live(kept.subMap(postId + "#", postId + "$").values().stream(), now).toList();
    }

    @Override
    public synchronized boolean markRead(CareTeamAccess access, String postId, Instant at, Instant expiresAt) {
        return readingsOf(access.patientId(), postId)
                .putIfAbsent(access.userId(), new StoredReading(new Reading(access.userId(), at), expiresAt)) == null;
    }

    @Override
    public synchronized List<Reading> readers(CareTeamAccess access, String postId, Instant now) {
        return readingsOf(access.patientId(), postId).values().stream()
                .filter(stored -> !Retention.isExpired(stored.expiresAt(), now))
                .map(StoredReading::reading)
                .sorted(Comparator.comparing(Reading::readAt))
                .toList();
    }

    @Override
    public synchronized Set<String> readByCaller(CareTeamAccess access, List<String> postIds) {
        return postIds.stream().filter(postId -> readingsOf(access.patientId(), postId).containsKey(access.userId()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized void createAttachment(CareTeamAccess access, Attachment attachment) {
        access.requireSamePatient(attachment.patientId());
        if (attachments.computeIfAbsent(attachment.patientId(), id -> new HashMap<>())
                .putIfAbsent(attachment.id(), attachment) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized Optional<Attachment> attachment(CareTeamAccess access, String attachmentId, Instant now) {
        return Optional.ofNullable(attachments.getOrDefault(access.patientId(), Map.of()).get(attachmentId))
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }

    private TreeMap<String, Post> postsOf(String patientId) {
        return current.computeIfAbsent(patientId, id -> new TreeMap<>());
    }

    private Map<String, StoredReading> readingsOf(String patientId, String postId) {
        return readings.computeIfAbsent(patientId, id -> new HashMap<>())
                .computeIfAbsent(postId, id -> new LinkedHashMap<>());
    }

    private static Stream<Post> live(Stream<Post> posts, Instant now) {
        return posts.filter(post -> !Retention.isExpired(post.expiresAt(), now));
    }

    private static String versionKey(String postId, int version) {
        return postId + "#" + String.format("%04d", version);
    }
}
