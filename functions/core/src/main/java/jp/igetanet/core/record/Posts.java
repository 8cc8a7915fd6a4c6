package jp.igetanet.core.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the posts of patients' shared records; items past their {@code expiresAt} are never returned. */
public interface Posts {

    void create(Post post);

    /** A patient's current posts, newest first, optionally of one category, after the given post. */
    List<Post> timeline(String patientId, Optional<PostCategory> category, Optional<String> afterPostId, int limit,
                        Instant now);

    Optional<Post> find(String patientId, String postId, Instant now);

    /** The patient's current posts that record this vital sign, newest first, at most {@code limit}. */
    List<Post> withVital(String patientId, VitalSign sign, int limit, Instant now);

    /** The patient's current posts that record medications, newest first, at most {@code limit}. */
    List<Post> withMedications(String patientId, int limit, Instant now);

    /** The patient's current posts with a laboratory result of this JLAC10 code, newest first, at most {@code limit}. */
    List<Post> withLabResult(String patientId, String code, int limit, Instant now);

    /**
     * Corrects a post: the replaced version goes to the history first (never overwritten), then the current item is
     * replaced if it is still {@code replaced}'s version; CONFLICT otherwise.
     */
    void correct(Post replaced, Post next);

    /** The replaced versions of a post, oldest first. */
    List<Post> history(String patientId, String postId, Instant now);

    /** Notes that a user read a post; false when it was noted before (the first reading counts). */
    boolean markRead(String patientId, String postId, String userId, Instant at, Instant expiresAt);

    /** Who read a post and when, first readers first. */
    List<Reading> readers(String patientId, String postId, Instant now);

    void createAttachment(Attachment attachment);

    Optional<Attachment> attachment(String patientId, String attachmentId, Instant now);

    /** One user's first reading of a post. */
    record Reading(String userId, Instant readAt) {
    }
}
