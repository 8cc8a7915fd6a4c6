package jp.igetanet.core.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores the posts of projects, their history, readings, event answers and files; expired ones are never returned. */
public interface ProjectPosts {

    /** Stores a post; a reply also counts one more reply on its thread's first post. */
    void create(ProjectPost post);

    Optional<ProjectPost> find(String projectId, String postId, Instant now);

    /** The posts of these ids (one batch read) that have not expired, in the order given. */
    List<ProjectPost> findAll(String projectId, List<String> postIds, Instant now);

    /** The first posts of the project's threads, newest first, after the given post. */
    List<ProjectPost> threads(String projectId, Optional<String> afterPostId, int limit, Instant now);

    /** A thread's replies, oldest first (at most {@code limit}). */
    List<ProjectPost> replies(String projectId, String threadId, int limit, Instant now);

    /**
     * Posts and replies whose text contains the normalised words, newest first, from after the given post; the search
     * reads a bounded part of the project per call, so it also says where it stopped.
     */
    Found search(String projectId, String normalizedWords, Optional<String> afterPostId, int limit, Instant now);

    /** Posts found, and the post to search on after when the search stopped before the project's oldest post. */
    record Found(List<ProjectPost> posts, Optional<String> continueAfter) {
    }

    /**
     * Corrects a post: the replaced version goes to the history first (never overwritten), then the current item takes
     * the new content if it is still {@code replaced}'s version; CONFLICT otherwise. Its reply count stays.
     */
    void correct(ProjectPost replaced, ProjectPost next);

    /** The replaced versions of a post, oldest first. */
    List<ProjectPost> history(String projectId, String postId, Instant now);

    /** Notes that a user read a post; false when it was noted before (the first reading counts). */
    boolean markRead(String projectId, String postId, String userId, Instant at, Instant expiresAt);

    /** Who read a post and when, first readers first. */
    List<Reading> readers(String projectId, String postId, Instant now);

    /** Which of these posts the user has read (one batch read). */
    Set<String> readBy(String projectId, List<String> postIds, String userId);

    /** One user's first reading of a post. */
    record Reading(String userId, Instant readAt) {
    }

    /** Stores a member's answer to an event, replacing their earlier answer. */
    void answer(AttendanceAnswer answer);

    /** The answers to an event, in the order they were given. */
    List<AttendanceAnswer> answers(String projectId, String postId, Instant now);

    void createAttachment(ProjectAttachment attachment);

    Optional<ProjectAttachment> attachment(String projectId, String attachmentId, Instant now);
}
