package jp.igetanet.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.ProjectEvent;
import jp.igetanet.core.project.ProjectPost;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A project post as members read it, with when it stops existing (§15). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectPost")
public record ProjectPostView(
        String id,
        String projectId,
        @Schema(description = "返信のとき、スレッドの最初の投稿のID") @Nullable String threadId,
        @Nullable String text,
        @Schema(description = "添付ファイルのID（GET /projects/{projectId}/attachments/{attachmentId} で読めます）")
        @Nullable List<String> attachmentIds,
        @Schema(description = "日時・場所（イベントのとき）") @Nullable EventView event,
        @Schema(description = "投稿した利用者（投稿したときの氏名・職種・施設）") Author author,
        Instant postedAt,
        @Schema(description = "保存期限（投稿から5年、第15条）。過ぎると表示されません。") Instant expiresAt,
        @Schema(description = "版（訂正のたびに1つ増えます）") int version,
        @Schema(description = "この版になった日時") Instant versionAt,
        @Schema(description = "この版を訂正した人・日時・理由（履歴の版だけ）") @Nullable Correction correction,
        @Schema(description = "返信の数（スレッドの最初の投稿だけ）") @Nullable Long replyCount,
        @Schema(description = "ピン留めされているとき true") @Nullable Boolean pinned,
        @Schema(description = "呼び出した利用者が既読にしたか") @Nullable Boolean read,
        @Schema(description = "訂正前の版（古い順。1件の投稿を読むときだけ）") @Nullable List<ProjectPostView> history,
        @Schema(description = "返信（古い順、最大500件。スレッドの最初の投稿を1件読むときだけ）") @Nullable List<ProjectPostView> replies,
        @Schema(description = "出欠の回答（回答した順。イベントを1件読むときだけ）") @Nullable List<Answer> answers,
        @Schema(description = "呼び出した利用者の出欠（attend, absent）") @Nullable String myAnswer,
        @Schema(description = "療養者の情報についての注意書き（1件の投稿の応答）") @Nullable String notice) {

    /** Who wrote a post, as they were then. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectPostAuthor")
    public record Author(String userId, String name, @Schema(description = "職種") @Nullable String profession, String facilityId,
                         @Nullable String facilityName) {
    }

    /** Who replaced a version, when and why. */
    @Serdeable
    @Schema(name = "ProjectPostCorrectionMark")
    public record Correction(String correctedBy, Instant correctedAt, String reason) {
    }

    /** When and where, whether answers are still taken, and (when the answers were read) how many answered what. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectEvent")
    public record EventView(Instant startsAt, @Nullable Instant endsAt, @Nullable String place, @Nullable String onlineUrl,
                            @Schema(description = "出欠をまだ回答できるとき true（終了まで）") boolean takesAnswers,
                            @Schema(description = "出席の数") @Nullable Long attending,
                            @Schema(description = "欠席の数") @Nullable Long absent) {
    }

    /** One member's answer to an event. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "AttendanceAnswer")
    public record Answer(String userId, String name, @Nullable String facilityName,
                         @Schema(description = "attend（出席）, absent（欠席）") String answer, String answerLabel,
                         Instant answeredAt) {
    }

    /** A page of threads or of search results, with the pinned posts on the first page of the threads. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectTimeline")
    public record Page(List<ProjectPostView> items,
                       @Schema(description = "ピン留めされた投稿（スレッドの一覧の最初のページだけ）") @Nullable List<ProjectPostView> pinned,
                       @Nullable String nextCursor, String notice) {

        static Page from(ProjectPostDesk.Page page) {
            List<String> pins = page.project().pinnedPostIds();
            return new Page(page.items().stream().map(post -> listed(post, pins, page.read(), page.at())).toList(),
                    page.pinned().isEmpty() ? null
                            : page.pinned().stream().map(post -> listed(post, pins, page.read(), page.at())).toList(),
                    page.afterPostId().map(jp.igetanet.core.paging.Cursor::encode).orElse(null), ProjectView.NOTICE);
        }
    }

    // The read marks answer as the record's do: the same schema names and descriptions, so that the merged OpenAPI
    // document holds each once and a generated client has one type for both.

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

    /** A post in a list, with whether it is pinned and read. */
    static ProjectPostView listed(ProjectPost post, List<String> pinned, Set<String> read, Instant now) {
        return of(post, pinned.contains(post.id()), read.contains(post.id()), null, null, null, null, now, false);
    }

    /** A post read on its own, with its history, replies and answers. */
    static ProjectPostView from(ProjectPostDesk.PostThread thread) {
        ProjectPost post = thread.post();
        List<String> pins = thread.project().pinnedPostIds();
        Optional<AttendanceAnswer> mine = thread.answers().stream()
                .filter(answer -> answer.userId().equals(thread.readerId())).findFirst();
        return of(post, pins.contains(post.id()), thread.read().contains(post.id()),
                thread.history().stream().map(version -> of(version, null, null, null, null, null, null, thread.at(), false))
                        .toList(),
                post.isReply() ? null
                        : thread.replies().stream().map(reply -> listed(reply, pins, thread.read(), thread.at())).toList(),
                post.content().event() == null ? null : thread.answers(), mine.map(a -> a.attendance().code()).orElse(null),
                thread.at(), true);
    }

    private static ProjectPostView of(ProjectPost p, Boolean pinned, Boolean read, List<ProjectPostView> history,
                                      List<ProjectPostView> replies, List<AttendanceAnswer> answers, String myAnswer,
                                      Instant now, boolean withNotice) {
        ProjectPost.Author a = p.author();
        return new ProjectPostView(p.id(), p.projectId(), p.threadId().orElse(null), p.content().text(),
                p.content().attachmentIds().isEmpty() ? null : p.content().attachmentIds(),
                event(p.content().event(), answers, now),
                new Author(a.userId(), a.name(), a.professionLabel(), a.facilityId(), a.facilityName()),
                p.postedAt(), p.expiresAt(), p.version(), p.versionAt(),
                p.correction().map(c -> new Correction(c.correctedBy(), c.correctedAt(), c.reason())).orElse(null),
                p.isReply() ? null : p.replyCount(), pinned, read, history, replies,
                answers == null ? null : answers.stream().map(answer -> new Answer(answer.userId(), answer.name(),
                        answer.facilityName(), answer.attendance().code(), answer.attendance().label(),
                        answer.answeredAt())).toList(),
                myAnswer, withNotice ? ProjectView.NOTICE : null);
    }

    private static EventView event(ProjectEvent event, List<AttendanceAnswer> answers, Instant now) {
        if (event == null) {
            return null;
        }
        return new EventView(event.startsAt(), event.endsAt(), event.place(), event.onlineUrl(), event.takesAnswersAt(now),
                answers == null ? null : answers.stream().filter(a -> a.attendance() == Attendance.ATTEND).count(),
                answers == null ? null : answers.stream().filter(a -> a.attendance() == Attendance.ABSENT).count());
    }
}
