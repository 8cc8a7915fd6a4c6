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
        int version) {

    static PostView from(Post p) {
        Vitals v = p.vitals();
        PostRequest.VitalsRequest vitals = v == null ? null : new PostRequest.VitalsRequest(v.systolic(), v.diastolic(),
                v.pulse(), v.temperature(), v.spo2(), v.respiration(), v.weight(), v.pain());
        return new PostView(p.id(), p.patientId(), p.category().code(), p.category().label(), p.text(), vitals,
                p.authorId(), p.authorFacilityId(), p.postedAt(), p.expiresAt(), p.version());
    }

    /** One page of a timeline, newest first, with the §16 notice. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Timeline")
    public record Page(List<PostView> items, String nextCursor, String notice) {
    }
}
