package jp.igetanet.projects;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectGate;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPostContent;
import jp.igetanet.core.project.ProjectPosts;
import jp.igetanet.core.project.ProjectText;
import jp.igetanet.core.project.Projects;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The posts of a project: members write threads and replies, mark what they read, answer events and search; the
 * owner and administrators pin posts. A network-wide project's threads are started by the operators, and everyone
 * replies. Posts live five years from their posting (§15); corrections keep the replaced version (§27-1(8)); no post
 * names a patient.
 */
@Singleton
public class ProjectPostDesk {

    /** The replies a thread shows at most when read. */
    static final int MAX_REPLIES = 500;

    private final ProjectGate gate;
    private final Projects projects;
    private final ProjectPosts posts;
    private final FileStore files;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public ProjectPostDesk(ProjectGate gate, Projects projects, ProjectPosts posts, FileStore files, AuditLog audit,
                           SortableIds ids, Clock clock) {
        this.gate = gate;
        this.projects = projects;
        this.posts = posts;
        this.files = files;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new thread, or a reply to one; the author has read it. */
    public PostThread create(Acting acting, String projectId, ProjectPostRequest request) {
        ProjectGate.Access access = gate.member(acting.caller(), projectId);
        Project project = access.project();
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        rules.validation().check(request.patientId() == null, "patientId", "プロジェクトの投稿に療養者は指定できません。"
                + "療養者の情報は、その療養者の連絡帳に投稿してください。");
        Optional<String> replyTo = Optional.ofNullable(request.replyTo());
        Optional<ProjectPost> repliedTo = replyTo.filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.find(project.id(), id, now));
        rules.validation().check(replyTo.isEmpty() || repliedTo.isPresent(), "replyTo", "返信先の投稿が見つかりません。");
        Optional<String> thread = repliedTo.map(post -> post.threadId().orElse(post.id()));
        ProjectPostContent content = form(rules, project, now).content(request.text(), request.attachmentIds(),
                request.event(), request.replyTo() == null, null);
        rules.throwIfInvalid();
        if (project.isNetworkWide() && thread.isEmpty() && !access.administers()) {
            // the secretariat's announcements: everyone replies, the operators start threads
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        // the table keeps expiry in whole seconds (its TTL attribute): answered as it will be read back
        ProjectPost post = new ProjectPost(project.id(), ids.next(), thread, content, authorOf(acting.caller()), now,
                Retention.expiresAt(now).truncatedTo(ChronoUnit.SECONDS), 1, now, Optional.empty(), 0);
        posts.create(post);
        projects.countPost(project.id());
        if (posts.markRead(project.id(), post.id(), acting.userId(), now, post.expiresAt())) {
            projects.countRead(project, acting.userId());
        }
        audit.record(acting.audited(AuditAction.PROJECT_POST_CREATED, AuditTarget.project(project.id()), now));
        return new PostThread(project, post, List.of(), List.of(), List.of(), Set.of(post.id()), acting.userId(), now);
    }

    /**
     * A page of the project's threads, newest first (with the pinned posts on the first page), or with words the
     * posts and replies whose text contains them, newest first; each with whether the caller has read it.
     */
    public Page timeline(Acting acting, String projectId, Optional<String> words, Optional<String> afterPostId, int limit) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        Optional<String> after = afterPostId.filter(SortableIds::isWellFormed);
        List<ProjectPost> items;
        Optional<String> next;
        List<ProjectPost> pinned = List.of();
        if (words.isPresent()) {
            ProjectPosts.Found found = posts.search(project.id(), ProjectText.searchable(words.get()), after, limit, now);
            items = found.posts();
            next = found.continueAfter();
        } else {
            items = posts.threads(project.id(), after, limit, now);
            next = items.size() == limit ? Optional.of(items.getLast().id()) : Optional.empty();
            pinned = after.isEmpty() ? posts.findAll(project.id(), project.pinnedPostIds(), now) : List.of();
        }
        List<String> shown = new ArrayList<>(items.stream().map(ProjectPost::id).toList());
        pinned.forEach(post -> shown.add(post.id()));
        Set<String> read = shown.isEmpty() ? Set.of() : posts.readBy(project.id(), shown, acting.userId());
        audit.record(acting.audited(words.isPresent() ? AuditAction.PROJECT_POSTS_SEARCHED : AuditAction.PROJECT_TIMELINE_READ,
                AuditTarget.project(project.id()), now));
        return new Page(project, items, pinned, read, next, now);
    }

    /** One page of posts, the pinned ones, which of them the caller read, where a next page starts, and when read. */
    public record Page(Project project, List<ProjectPost> items, List<ProjectPost> pinned, Set<String> read,
                       Optional<String> afterPostId, Instant at) {
    }

    /** A post with its history, and for the first post of a thread its replies and its event's answers. */
    public PostThread find(Acting acting, String projectId, String postId) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        PostThread thread = thread(project, current(project, postId, now), acting, now);
        audit.record(acting.audited(AuditAction.PROJECT_POST_READ, AuditTarget.project(project.id()), now));
        return thread;
    }

    private PostThread thread(Project project, ProjectPost post, Acting acting, Instant now) {
        List<ProjectPost> replies = post.isReply() ? List.of() : posts.replies(project.id(), post.id(), MAX_REPLIES, now);
        List<AttendanceAnswer> answers = post.content().event() == null ? List.of()
                : posts.answers(project.id(), post.id(), now);
        List<String> shown = new ArrayList<>(List.of(post.id()));
        replies.forEach(reply -> shown.add(reply.id()));
        // a first version has no history to read
        List<ProjectPost> history = post.version() == 1 ? List.of() : posts.history(project.id(), post.id(), now);
        return new PostThread(project, post, history, replies, answers, posts.readBy(project.id(), shown, acting.userId()),
                acting.userId(), now);
    }

    /** A post read on its own, and what goes with it. */
    public record PostThread(Project project, ProjectPost post, List<ProjectPost> history, List<ProjectPost> replies,
                         List<AttendanceAnswer> answers, Set<String> read, String readerId, Instant at) {
    }

    /** Corrects one's own post: the new content is the next version, the replaced one stays in the history. */
    public PostThread correct(Acting acting, String projectId, String postId, ProjectCorrectionRequest request) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        ProjectPost post = current(project, postId, now);
        if (!post.author().userId().equals(acting.userId())) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        FieldRules rules = new FieldRules();
        ProjectPostContent content = form(rules, project, now).content(request.text(), request.attachmentIds(),
                request.event(), !post.isReply(), post.content());
        String reason = rules.text(request.reason(), "reason", "訂正の理由", FieldRules.MAX_TEXT);
        ProjectForm.refusePatientReference(rules.validation(), reason, "reason");
        rules.throwIfInvalid();
        ProjectPost next = post.corrected(content, now);
        posts.correct(post.replacedBy(acting.userId(), now, reason), next);
        audit.record(acting.audited(AuditAction.PROJECT_POST_CORRECTED, AuditTarget.project(project.id()), now));
        return thread(project, next, acting, now);
    }

    /**
     * Notes that the caller read the post; true the first time. A first reading counts against the caller's unread
     * posts when the post came after the caller joined (earlier ones were never counted).
     */
    public boolean markRead(Acting acting, String projectId, String postId) {
        ProjectGate.Access access = gate.member(acting.caller(), projectId);
        Project project = access.project();
        Instant now = clock.instant();
        ProjectPost post = current(project, postId, now);
        boolean first = posts.markRead(project.id(), post.id(), acting.userId(), now, post.expiresAt());
        boolean counted = access.member().map(member -> !post.postedAt().isBefore(member.addedAt())).orElse(true);
        if (first && counted) {
            projects.countRead(project, acting.userId());
        }
        audit.record(acting.audited(AuditAction.PROJECT_POST_MARKED_READ, AuditTarget.project(project.id()), now));
        return first;
    }

    public List<ProjectPosts.Reading> readers(Acting acting, String projectId, String postId) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        List<ProjectPosts.Reading> readers = posts.readers(project.id(), current(project, postId, now).id(), now);
        audit.record(acting.audited(AuditAction.PROJECT_POST_READERS_READ, AuditTarget.project(project.id()), now));
        return readers;
    }

    /** Pins the first post of a thread (at most {@link Project#MAX_PINNED}); pinning it again changes nothing. */
    public void pin(Acting acting, String projectId, String postId) {
        Project project = gate.administrator(acting.caller(), projectId).project();
        Instant now = clock.instant();
        ProjectPost post = current(project, postId, now);
        if (project.pinnedPostIds().contains(post.id())) {
            return;
        }
        if (post.isReply() || !projects.pin(project.id(), post.id())) {
            throw new ApiException(ErrorCode.PROJECT_PIN_REFUSED);
        }
        audit.record(acting.audited(AuditAction.PROJECT_POST_PINNED, AuditTarget.project(project.id()), now));
    }

    public void unpin(Acting acting, String projectId, String postId) {
        Project project = gate.administrator(acting.caller(), projectId).project();
        Instant now = clock.instant();
        if (postId != null && project.pinnedPostIds().contains(postId)) {
            projects.unpin(project.id(), postId);
            audit.record(acting.audited(AuditAction.PROJECT_POST_UNPINNED, AuditTarget.project(project.id()), now));
        }
    }

    /** A member's answer to an event, taken until the event is over; a new answer replaces the caller's earlier one. */
    public PostThread answer(Acting acting, String projectId, String postId, AttendanceRequest request) {
        Project project = gate.member(acting.caller(), projectId).project();
        Instant now = clock.instant();
        ProjectPost post = current(project, postId, now);
        FieldRules rules = new FieldRules();
        Attendance attendance = rules.code(request.answer(), "answer", Attendance::fromCode,
                "出欠は attend（出席）か absent（欠席）で回答してください。");
        rules.throwIfInvalid();
        if (post.content().event() == null || !post.content().event().takesAnswersAt(now)) {
            throw new ApiException(ErrorCode.EVENT_ANSWER_REFUSED);
        }
        posts.answer(new AttendanceAnswer(project.id(), post.id(), acting.userId(), acting.caller().account().name(),
                acting.caller().facility().name(), attendance, now, post.expiresAt()));
        audit.record(acting.audited(AuditAction.PROJECT_EVENT_ANSWERED, AuditTarget.project(project.id()), now));
        return thread(project, post, acting, now);
    }

    private ProjectPost current(Project project, String postId, Instant now) {
        return Optional.ofNullable(postId).filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.find(project.id(), id, now))
                .orElseThrow(() -> new ApiException(ErrorCode.POST_UNKNOWN));
    }

    private ProjectPostForm form(FieldRules rules, Project project, Instant now) {
        return new ProjectPostForm(rules, now, attachmentId -> posts.attachment(project.id(), attachmentId, now)
                .flatMap(attachment -> files.usable(attachment.objectKey())).isPresent());
    }

    private static ProjectPost.Author authorOf(Caller caller) {
        return new ProjectPost.Author(caller.userId(), caller.account().name(), caller.account().profession().label(),
                caller.facilityId(), caller.facility().name());
    }
}
