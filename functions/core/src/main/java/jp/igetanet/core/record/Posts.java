package jp.igetanet.core.record;

import jp.igetanet.core.patient.CareTeamAccess;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the posts of patients' shared records; items past their {@code expiresAt} are never returned. Every method
 * takes the {@link CareTeamAccess} the gate gave for the patient: there is no other way to a post.
 */
public interface Posts {

    void create(CareTeamAccess access, Post post);

    /** A patient's current posts, newest first, optionally of one category, after the given post. */
    List<Post> timeline(CareTeamAccess access, Optional<PostCategory> category, Optional<String> afterPostId, int limit,
                        Instant now);

    Optional<Post> find(CareTeamAccess access, String postId, Instant now);

    /** The patient's current posts that record this vital sign, newest first, at most {@code limit}. */
    List<Post> withVital(CareTeamAccess access, VitalSign sign, int limit, Instant now);

    /** The patient's current posts that record medications, newest first, at most {@code limit}. */
    List<Post> withMedications(CareTeamAccess access, int limit, Instant now);

    /** The patient's current posts with a laboratory result of this JLAC10 code, newest first, at most {@code limit}. */
    List<Post> withLabResult(CareTeamAccess access, String code, int limit, Instant now);

    /**
     * Corrects a post: the replaced version goes to the history first (never overwritten), then the current item is
     * replaced if it is still {@code replaced}'s version; CONFLICT otherwise.
     */
    void correct(CareTeamAccess access, Post replaced, Post next);

    /** The replaced versions of a post, oldest first. */
    List<Post> history(CareTeamAccess access, String postId, Instant now);

    /** Notes that the access's user read a post; false when it was noted before (the first reading counts). */
    boolean markRead(CareTeamAccess access, String postId, Instant at, Instant expiresAt);

    /** Who read a post and when, first readers first. */
    List<Reading> readers(CareTeamAccess access, String postId, Instant now);

    /** Which of these posts (at most 100, e.g. a page of the timeline) the access's user has read. */
    Set<String> readByCaller(CareTeamAccess access, List<String> postIds);

    void createAttachment(CareTeamAccess access, Attachment attachment);

    Optional<Attachment> attachment(CareTeamAccess access, String attachmentId, Instant now);

    /** One user's first reading of a post. */
    record Reading(String userId, Instant readAt) {
    }
}
