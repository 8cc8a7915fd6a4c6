package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A new post of a project: text and files, a reply to a thread, or the first post of a thread with an event. It may
 * not name a patient: patient information belongs in the patient's record.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "ProjectPostCreation")
public record ProjectPostRequest(
        @Schema(description = "本文（4000文字以内。添付ファイルがあれば省略可）。療養者IDや療養者の連絡帳へのリンクは書けません")
        @Nullable String text,
        @Schema(description = "添付ファイルのID（POST /projects/{projectId}/attachments で登録したもの、10件まで）")
        @Nullable List<String> attachmentIds,
        @Schema(description = "返信先の投稿ID（返信への返信は同じスレッドに入ります）") @Nullable String replyTo,
        @Schema(description = "日時・場所・オンライン会議のURL（スレッドの最初の投稿だけ。メンバーが出欠を回答できます）")
        @Nullable EventRequest event,
        @Schema(description = "指定できません：プロジェクトに療養者の情報は書き込めません（療養者の連絡帳に投稿してください）")
        @Nullable String patientId) {

    /** When and where an event takes place. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "ProjectEventRequest")
    public record EventRequest(
            @Schema(description = "開始日時（2026-12-10T18:30+09:00 または日本時間の 2026-12-10T18:30）",
                    example = "2026-12-10T18:30", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String startsAt,
            @Schema(description = "終了日時（開始より後。省略可）", example = "2026-12-10T20:00") @Nullable String endsAt,
            @Schema(description = "場所（200文字以内）", example = "西尾市役所 5階 大会議室") @Nullable String place,
            @Schema(description = "オンライン会議のURL（https、500文字以内）", example = "https://meet.example.jp/igeta")
            @Nullable String onlineUrl) {
    }
}
