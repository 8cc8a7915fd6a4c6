package jp.igetanet.posting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.record.Medication;
import jp.igetanet.core.record.MedicationReview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A current medication of a patient, where it was recorded, and the duplicates it is part of. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CurrentMedication")
public record MedicationView(
        @Schema(description = "記録した投稿") String postId,
        @Schema(description = "投稿の服薬の中の位置（0から）") int index,
        Instant postedAt,
        String authorId,
        String authorFacilityId,
        PostRequest.MedicationRequest medication,
        @Schema(description = "重複投薬の警告（なければ空）") List<Warning> warnings) {

    /** A duplicate: the same ingredient, or the same therapeutic group, with the other entries involved. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MedicationWarning")
    public record Warning(
            @Schema(description = "same_ingredient（同一成分：YJコード先頭7文字が同じ）または therapeutic_group（同効薬）")
            String kind,
            @Schema(description = "同効薬の群コード") @Nullable String group,
            @Schema(description = "同効薬の群") @Nullable String groupLabel,
            @Schema(description = "群の根拠") @Nullable String source,
            String message,
            @Schema(description = "重複している他の記録") List<Other> others) {
    }

    /** Another entry of a duplicate. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MedicationWarningEntry")
    public record Other(String postId, int index, @Nullable String yjCode, String name, @Nullable String prescriber) {
    }

    /** The patient's current medications, with the day they are current on and the §16 notice. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CurrentMedications")
    public record Current(@Schema(description = "この日に服用中のもの") LocalDate asOf, List<MedicationView> items,
                        String notice) {
    }

    /** The warnings a new post's medications raised: the entry's position in the post and its warnings. */
    @Serdeable
    @Schema(name = "RaisedMedicationWarnings")
    public record Raised(int index, List<Warning> warnings) {
    }

    static MedicationView from(MedicationReview.Current current) {
        MedicationReview.Entry entry = current.entry();
        return new MedicationView(entry.post().id(), entry.index(), entry.post().postedAt(), entry.post().authorId(),
                entry.post().authorFacilityId(), request(entry.medication()), warnings(current));
    }

    static Raised raised(MedicationReview.Current current) {
        return new Raised(current.entry().index(), warnings(current));
    }

    static PostRequest.MedicationRequest request(Medication m) {
        return new PostRequest.MedicationRequest(m.yjCode(), m.name(), m.dose(), m.unit(), m.frequency(),
                m.startDate() == null ? null : m.startDate().toString(), m.endDate() == null ? null : m.endDate().toString(),
                m.prescriber());
    }

    private static List<Warning> warnings(MedicationReview.Current current) {
        return current.warnings().stream().map(w -> new Warning(w.kind().code(),
                w.group() == null ? null : w.group().code(), w.group() == null ? null : w.group().label(),
                w.group() == null ? null : w.group().source(), w.message(),
                w.others().stream().map(other -> new Other(other.post().id(), other.index(), other.medication().yjCode(),
                        other.medication().name(), other.medication().prescriber())).toList())).toList();
    }
}
