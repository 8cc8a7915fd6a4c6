package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.Vitals;

import java.time.Instant;
import java.util.List;

/** A post as the care team reads it, with when it stops existing (§15). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Post")
public record PostView(
        String id,
        String patientId,
        @Schema(description = "区分コード") String category,
        @Schema(description = "区分") String categoryLabel,
        String text,
        PostRequest.VitalsRequest vitals,
        @Schema(description = "投稿した利用者") String authorId,
        String authorFacilityId,
        Instant postedAt,
        @Schema(description = "保存期限（投稿から5年、第15条）。過ぎると表示されません。") Instant expiresAt,
        @Schema(description = "版（訂正のたびに1つ増えます）") int version,
        @Schema(description = "この版になった日時") Instant versionAt,
        @Schema(description = "この版を訂正した人・日時・理由（履歴の版だけ）") Correction correction,
        @Schema(description = "訂正前の版（古い順。1件の投稿を読むときだけ）") List<PostView> history) {

    /** Who replaced a version, when and why. */
    @Serdeable
    @Schema(name = "PostCorrectionMark")
    public record Correction(String correctedBy, Instant correctedAt, String reason) {
    }

    static PostView from(Post p) {
        return from(p, null);
    }

    /** A post with its replaced versions. */
    static PostView from(Post p, List<Post> history) {
        Vitals v = p.vitals();
        PostRequest.VitalsRequest vitals = v == null ? null : new PostRequest.VitalsRequest(v.systolic(), v.diastolic(),
                v.pulse(), v.temperature(), v.spo2(), v.respiration(), v.weight(), v.pain());
        return new PostView(p.id(), p.patientId(), p.category().code(), p.category().label(), p.text(), vitals,
                p.authorId(), p.authorFacilityId(), p.postedAt(), p.expiresAt(), p.version(), p.versionAt(),
                p.correction() == null ? null : new Correction(p.correction().correctedBy(), p.correction().correctedAt(),
                        p.correction().reason()),
                history == null ? null : history.stream().map(PostView::from).toList());
    }

    /** Who read a post, first readers first. */
    @Serdeable
    @Schema(name = "PostReaders")
    public record Readers(List<Reader> items) {
    }

    /** One user's first reading. */
    @Serdeable
    @Schema(name = "PostReader")
    public record Reader(String userId, Instant readAt) {
    }

    /** The caller's reading of a post. */
    @Serdeable
    @Schema(name = "PostReading")
    public record Reading(String postId, @Schema(description = "初めて既読にしたとき true") boolean first) {
    }

    /** One page of a timeline, newest first, with the §16 notice. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Timeline")
    public record Page(List<PostView> items, String nextCursor, String notice) {
    }
}
