package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.MedicationReview;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.time.Retention;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared record (連絡帳) of a patient: its care team posts and reads (§2-2(1), §13). A post lives five years from
 * its posting (§15); vital signs are checked against plausible ranges in their fixed units.
 */
@Singleton
public class PostDesk {

    /** How many of the newest posts with medications the current list is drawn from. */
    static final int MEDICATION_POSTS = 300;

    private final CareTeamGate gate;
    private final Posts posts;
    private final Patients patients;
    private final FileStore files;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public PostDesk(CareTeamGate gate, Posts posts, Patients patients, FileStore files, AuditLog audit,
                    SortableIds ids, Clock clock) {
        this.gate = gate;
        this.posts = posts;
        this.patients = patients;
        this.files = files;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new post, and the duplicate-medication warnings its medications raise among the current ones. */
    public Created create(Acting acting, String patientId, PostRequest request) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        PostContent content = form(rules, patient, now).content(request.category(), request.text(),
                request.vitals(), request.medications(), request.labResults(), request.attachmentIds(), null);
        rules.throwIfInvalid();
        Post post = new Post(patient.patientId(), ids.next(), content, acting.userId(), acting.facilityId(), now,
                Retention.expiresAt(now), 1, now, null);
        posts.create(patient, post);
        patients.notePost(patient, now);
        audit.record(acting.audited(AuditAction.POST_CREATED, AuditTarget.patient(patient.patientId()), now));
        List<MedicationReview.Current> raised = content.medications().isEmpty() ? List.of()
                : review(patient, now).stream().filter(current -> current.entry().post().id().equals(post.id()))
                .filter(current -> !current.warnings().isEmpty()).toList();
        return new Created(post, raised);
    }

    /** A created post with the current medications of it that raise warnings. */
    public record Created(Post post, List<MedicationReview.Current> warned) {
    }

    /** A page of the timeline, and which of its posts the caller has read or wrote (one batch read). */
    public Timeline timeline(Acting acting, String patientId, Optional<PostCategory> category,
                             Optional<String> afterPostId, int limit) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        List<Post> page = posts.timeline(patient, category, afterPostId.filter(SortableIds::isWellFormed), limit, now);
        // the caller's own posts are read by writing them; the others by a reading of their own
        List<String> others = page.stream().filter(post -> !post.authorId().equals(acting.userId()))
                .map(Post::id).toList();
        Set<String> read = new HashSet<>(others.isEmpty() ? Set.of() : posts.readByCaller(patient, others));
        page.stream().filter(post -> post.authorId().equals(acting.userId())).forEach(post -> read.add(post.id()));
        audit.record(acting.audited(AuditAction.TIMELINE_READ, AuditTarget.patient(patient.patientId()), now));
        return new Timeline(page, read);
    }

    /** A page of a patient's current posts, newest first, with the ids of those the caller has read. */
    public record Timeline(List<Post> posts, Set<String> read) {
        public Timeline {
            posts = List.copyOf(posts);
            read = Set.copyOf(read);
        }
    }

    /** A current post with its replaced versions, oldest first. */
    public Versioned find(Acting acting, String patientId, String postId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        audit.record(acting.audited(AuditAction.POST_READ, AuditTarget.patient(patient.patientId()), now));
        return versioned(patient, post, now);
    }

    /** A post's current version and the versions it replaced, oldest first. */
    public record Versioned(Post post, List<Post> history) {
    }

    private Versioned versioned(CareTeamAccess patient, Post post, Instant now) {
        return new Versioned(post, post.version() == 1 ? List.of() : posts.history(patient, post.id(), now));
    }

    /**
     * Corrects one's own post (§27-1(8)): the new content becomes the next version, the replaced one stays readable
     * in the post's history with who replaced it, when and why. Only the author corrects; a stale correction is 409.
     */
    public Versioned correct(Acting acting, String patientId, String postId, CorrectionRequest request) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        if (!post.authorId().equals(acting.userId())) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        FieldRules rules = new FieldRules();
        PostContent kept = post.content();
        PostContent content = form(rules, patient, now).content(
                request.category() == null ? kept.category().code() : request.category(),
                request.text() == null ? kept.text() : request.text(), request.vitals(), request.medications(),
                request.labResults(), request.attachmentIds(), kept);
        String reason = rules.text(request.reason(), "reason", "訂正の理由", FieldRules.MAX_TEXT);
        rules.throwIfInvalid();
        Post next = post.corrected(content, now);
        posts.correct(patient, post.replacedBy(acting.userId(), now, reason), next);
        audit.record(acting.audited(AuditAction.POST_CORRECTED, AuditTarget.patient(patient.patientId()), now));
        return versioned(patient, next, now);
    }

    /** The current medications with their duplicate warnings, newest entries first. */
    public CurrentMedications medications(Acting acting, String patientId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        List<MedicationReview.Current> current = review(patient, now);
        audit.record(acting.audited(AuditAction.MEDICATIONS_READ, AuditTarget.patient(patient.patientId()), now));
        return new CurrentMedications(today(now), current);
    }

    /** The medications taken on a day, with their warnings. */
    public record CurrentMedications(LocalDate asOf, List<MedicationReview.Current> items) {
    }

    /** The results of one coded laboratory item, by specimen date, oldest first (from the newest posts with it). */
    public List<LabPoint> labSeries(Acting acting, String patientId, String code, int limit) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        List<LabPoint> points = posts.withLabResult(patient, code, limit, now).stream()
                .flatMap(post -> post.content().labResults().stream().filter(result -> result.code().equals(code))
                        .filter(result -> result.value() != null).map(result -> new LabPoint(post, result)))
                .sorted(java.util.Comparator.comparing((LabPoint point) -> point.result().specimenDate())
                        .thenComparing(point -> point.post().postedAt()))
                .toList();
        audit.record(acting.audited(AuditAction.OBSERVATIONS_READ, AuditTarget.patient(patient.patientId()), now));
        return points.subList(Math.max(0, points.size() - limit), points.size());
    }

    /** One laboratory result and the post it came from. */
    public record LabPoint(Post post, LabResult result) {
    }

    /** The posts recording one vital sign, oldest first (the newest {@code limit} of them). */
    public List<Post> observations(Acting acting, String patientId, jp.igetanet.core.record.VitalSign sign, int limit) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        List<Post> newestFirst = posts.withVital(patient, sign, limit, now);
        audit.record(acting.audited(AuditAction.OBSERVATIONS_READ, AuditTarget.patient(patient.patientId()), now));
        return newestFirst.reversed();
    }

    /** Notes that the caller read the post; true the first time. */
    public boolean markRead(Acting acting, String patientId, String postId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        boolean first = posts.markRead(patient, post.id(), now, post.expiresAt());
        if (first) {
            patients.countRead(patient);
        }
        audit.record(acting.audited(AuditAction.POST_MARKED_READ, AuditTarget.patient(patient.patientId()), now));
        return first;
    }

    public List<Posts.Reading> readers(Acting acting, String patientId, String postId) {
        CareTeamAccess patient = gate.require(acting.caller(), patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        List<Posts.Reading> readers = posts.readers(patient, post.id(), now);
        audit.record(acting.audited(AuditAction.POST_READERS_READ, AuditTarget.patient(patient.patientId()), now));
        return readers;
    }

    private Post current(CareTeamAccess patient, String postId, Instant now) {
        return Optional.ofNullable(postId).filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.find(patient, id, now))
                .orElseThrow(() -> new ApiException(ErrorCode.POST_UNKNOWN));
    }

    private PostForm form(FieldRules rules, CareTeamAccess patient, Instant now) {
        return new PostForm(rules, today(now),
                attachmentId -> posts.attachment(patient, attachmentId, now)
                        .flatMap(attachment -> files.usable(attachment.objectKey())).isPresent());
    }

    private List<MedicationReview.Current> review(CareTeamAccess patient, Instant now) {
        return MedicationReview.of(posts.withMedications(patient, MEDICATION_POSTS, now), today(now));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Clocks.JAPAN);
    }
}
