package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.Vitals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        @Nullable String text,
        @Nullable PostRequest.VitalsRequest vitals,
        @Nullable List<PostRequest.MedicationRequest> medications,
        @Nullable List<LabResultView> labResults,
        @Schema(description = "添付ファイルのID（GET /patients/{patientId}/attachments/{attachmentId} で読めます）")
        @Nullable List<String> attachmentIds,
        @Schema(description = "投稿した利用者") String authorId,
        String authorFacilityId,
        Instant postedAt,
        @Schema(description = "保存期限（投稿から5年、第15条）。過ぎると表示されません。") Instant expiresAt,
        @Schema(description = "版（訂正のたびに1つ増えます）") int version,
        @Schema(description = "この版になった日時") Instant versionAt,
        @Schema(description = "この版を訂正した人・日時・理由（履歴の版だけ）") @Nullable Correction correction,
        @Schema(description = "訂正前の版（古い順。1件の投稿を読むときだけ）") @Nullable List<PostView> history,
        @Schema(description = "この投稿の服薬が起こした重複投薬の警告（投稿したときの応答だけ）")
        @Nullable List<MedicationView.Raised> medicationWarnings,
        @Schema(description = "第16条の注意書き（1件の投稿の応答。一覧ではページに1つ）") @Nullable String notice,
        @Schema(description = "呼び出した利用者が既読にした投稿なら true、未読なら false（連絡帳の一覧だけ）") @Nullable Boolean read) {

    /** A laboratory result with H or L when its value is outside the reference range. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LabResultEntry")
    public record LabResultView(
            @Schema(description = "JLAC10 コード（99999999999999999 はコードなし）") String code,
            String name, @Nullable BigDecimal value, @Nullable String resultText, @Nullable String unit, @Nullable BigDecimal referenceLow,
            @Nullable BigDecimal referenceHigh, @Nullable LocalDate specimenDate,
            @Schema(description = "H（基準範囲より高い）・L（低い）") @Nullable String flag) {

        static LabResultView from(LabResult l) {
            return new LabResultView(l.code(), l.name(), l.value(), l.resultText(), l.unit(), l.referenceLow(),
                    l.referenceHigh(), l.specimenDate(), l.flag().orElse(null));
        }
    }

    /** Who replaced a version, when and why. */
    @Serdeable
    @Schema(name = "PostCorrectionMark")
    public record Correction(String correctedBy, Instant correctedAt, String reason) {
    }

    /** A post in a list: the timeline's page, or a post's history. */
    static PostView from(Post p) {
        return from(p, null, null, null);
    }

    /** A post of the timeline's page, with whether the caller has read it. */
    static PostView listed(Post p, boolean read) {
        PostView post = from(p);
        return new PostView(post.id, post.patientId, post.category, post.categoryLabel, post.text, post.vitals,
                post.medications, post.labResults, post.attachmentIds, post.authorId, post.authorFacilityId,
                post.postedAt, post.expiresAt, post.version, post.versionAt, post.correction, post.history,
                post.medicationWarnings, post.notice, read);
    }

    /** A post read on its own, with its replaced versions. */
    static PostView from(Post p, List<Post> history) {
        return from(p, history, null, PatientView.NOTICE);
    }

    /** A new post with the warnings its medications raised. */
    static PostView created(PostDesk.Created created) {
        return from(created.post(), null, created.warned().stream().map(MedicationView::raised).toList(),
                PatientView.NOTICE);
    }

    private static PostView from(Post p, List<Post> history, List<MedicationView.Raised> warnings, String notice) {
        PostContent c = p.content();
        Vitals v = c.vitals();
        PostRequest.VitalsRequest vitals = v == null ? null : new PostRequest.VitalsRequest(v.systolic(), v.diastolic(),
                v.pulse(), v.temperature(), v.spo2(), v.respiration(), v.weight(), v.pain());
        return new PostView(p.id(), p.patientId(), c.category().code(), c.category().label(), c.text(), vitals,
                nullIfEmpty(c.medications().stream().map(MedicationView::request).toList()),
                nullIfEmpty(c.labResults().stream().map(LabResultView::from).toList()), nullIfEmpty(c.attachmentIds()),
                p.authorId(), p.authorFacilityId(), p.postedAt(), p.expiresAt(), p.version(), p.versionAt(),
                p.correction() == null ? null : new Correction(p.correction().correctedBy(), p.correction().correctedAt(),
                        p.correction().reason()),
                history == null ? null : history.stream().map(PostView::from).toList(), warnings, notice, null);
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }

    /** Who read a post, first readers first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
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
    public record Page(List<PostView> items, @Nullable String nextCursor, String notice) {
    }
}
