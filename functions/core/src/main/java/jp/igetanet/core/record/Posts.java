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
}
