package jp.igetanet.projects;

import jp.igetanet.core.error.Validation;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.project.ProjectEvent;
import jp.igetanet.core.project.ProjectPostContent;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks the content of a project post or correction: text or files; files of this project; an event only on the
 * first post of a thread, not over yet, with an https link; and no patient named anywhere.
 */
final class ProjectPostForm {

    static final int MAX_TEXT = 4000;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_PLACE = 200;
    static final int MAX_URL = 500;
    /** How far ahead an event may be set: further is taken for a typing error. */
    static final Duration EVENT_HORIZON = Duration.ofDays(731);

    private final FieldRules rules;
    private final Validation validation;
    private final Instant now;
    private final Predicate<String> attachmentOfProject;

    /**
     * @param attachmentOfProject whether an attachment id names a file of this project, uploaded and unexpired
     */
    ProjectPostForm(FieldRules rules, Instant now, Predicate<String> attachmentOfProject) {
        this.rules = rules;
        this.validation = rules.validation();
        this.now = now;
        this.attachmentOfProject = attachmentOfProject;
    }

    /**
     * New content from a request; {@code kept} supplies the parts a correction leaves out (null for a new post), and
     * only the first post of a thread may carry an event.
     */
    ProjectPostContent content(String rawText, List<String> rawAttachments, ProjectPostRequest.EventRequest rawEvent,
                               boolean startsThread, ProjectPostContent kept) {
        String text = rawText == null ? kept == null ? null : kept.text() : blankToNull(rawText);
        validation.check(text == null || text.length() <= MAX_TEXT, "text", "本文は" + MAX_TEXT + "文字以内で入力してください。");
        ProjectForm.refusePatientReference(validation, text, "text");
        List<String> attachmentIds = rawAttachments == null ? kept == null ? List.of() : kept.attachmentIds()
                : rules.attachmentIds(rawAttachments, MAX_ATTACHMENTS, attachmentOfProject, "このプロジェクト");
        validation.check(startsThread || rawEvent == null, "event", "日時（イベント）を付けられるのは、スレッドの最初の投稿だけです。");
        ProjectEvent event = rawEvent == null ? kept == null ? null : kept.event() : event(rawEvent);
        validation.check(text != null || !attachmentIds.isEmpty(), "text", "本文か添付ファイルを入力してください。");
        return new ProjectPostContent(text, attachmentIds, event);
    }

    private ProjectEvent event(ProjectPostRequest.EventRequest raw) {
        Instant startsAt = rules.dateTime(raw.startsAt(), "event.startsAt", "開始日時");
        Instant endsAt = raw.endsAt() == null ? null : rules.dateTime(raw.endsAt(), "event.endsAt", "終了日時");
        validation.check(startsAt == null || endsAt == null || endsAt.isAfter(startsAt), "event.endsAt",
                "終了日時は開始日時より後にしてください。");
        Instant over = endsAt == null ? startsAt : endsAt;
        validation.check(over == null || over.isAfter(now), endsAt == null ? "event.startsAt" : "event.endsAt",
                "終わったイベントは登録できません。日時を確認してください。");
        validation.check(startsAt == null || startsAt.isBefore(now.plus(EVENT_HORIZON)), "event.startsAt",
                "開始日時は2年以内にしてください。");
        String place = rules.optional(raw.place(), "event.place", "場所", MAX_PLACE);
        ProjectForm.refusePatientReference(validation, place, "event.place");
        String onlineUrl = rules.optional(raw.onlineUrl(), "event.onlineUrl", "オンライン会議のURL", MAX_URL);
        validation.check(onlineUrl == null || isHttps(onlineUrl), "event.onlineUrl",
                "オンライン会議のURLは https:// で始まるURLを入力してください。");
        ProjectForm.refusePatientReference(validation, onlineUrl, "event.onlineUrl");
        return new ProjectEvent(startsAt, endsAt, place, onlineUrl);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
