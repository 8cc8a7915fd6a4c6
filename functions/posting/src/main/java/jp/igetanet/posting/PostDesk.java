package jp.igetanet.posting;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditOutcome;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.caller.RequestOrigin;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.record.Retention;
import jp.igetanet.core.record.Vitals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shared record (連絡帳) of a patient: its care team posts and reads (§2-2(1), §13). A post lives five years from
 * its posting (§15); vital signs are checked against plausible ranges in their fixed units.
 */
@Singleton
public class PostDesk {

    static final int MAX_TEXT = 4000;

    private final CareTeamGate gate;
    private final Posts posts;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public PostDesk(CareTeamGate gate, Posts posts, AuditLog audit, SortableIds ids, Clock clock) {
        this.gate = gate;
        this.posts = posts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Post create(Caller caller, String patientId, PostRequest request, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Validation validation = new Validation();
        Content content = content(request.category(), request.text(), request.vitals(), validation);
        validation.throwIfInvalid();
        Instant now = clock.instant();
        Post post = new Post(patient, ids.next(), content.category(), content.text(), content.vitals(), caller.userId(),
                caller.facilityId(), now, Retention.expiresAt(now), 1, now, null);
        posts.create(post);
        audit.record(caller.audited(AuditAction.POST_CREATED, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return post;
    }

    public List<Post> timeline(Caller caller, String patientId, Optional<PostCategory> category,
                               Optional<String> afterPostId, int limit, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        List<Post> page = posts.timeline(patient, category, afterPostId.filter(SortableIds::isWellFormed), limit, now);
        audit.record(caller.audited(AuditAction.TIMELINE_READ, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return page;
    }

    public Post find(Caller caller, String patientId, String postId, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        audit.record(caller.audited(AuditAction.POST_READ, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return post;
    }

    /**
     * Corrects one's own post (§27-1(8)): the new content becomes the next version, the replaced one stays readable
     * in the post's history with who replaced it, when and why. Only the author corrects; a stale correction is 409.
     */
    public Post correct(Caller caller, String patientId, String postId, CorrectionRequest request, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        if (!post.authorId().equals(caller.userId())) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        Validation validation = new Validation();
        Content content = content(request.category() == null ? post.category().code() : request.category(),
                request.text() == null ? post.text() : request.text(),
                request.vitals(), validation, request.vitals() == null ? post.vitals() : null);
        String reason = request.reason() == null ? "" : request.reason().strip();
        validation.check(!reason.isEmpty() && reason.length() <= 500, "reason", "訂正の理由を500文字以内で入力してください。");
        validation.throwIfInvalid();
        Post next = post.corrected(content.category(), content.text(), content.vitals(), now);
        posts.correct(post.replacedBy(caller.userId(), now, reason), next);
        audit.record(caller.audited(AuditAction.POST_CORRECTED, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return next;
    }

    /** The posts recording one vital sign, oldest first (the newest {@code limit} of them). */
    public List<Post> observations(Caller caller, String patientId, jp.igetanet.core.record.VitalSign sign, int limit,
                                   RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        List<Post> newestFirst = posts.withVital(patient, sign, limit, now);
        audit.record(caller.audited(AuditAction.OBSERVATIONS_READ, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return newestFirst.reversed();
    }

    /** The replaced versions of a post, oldest first. */
    public List<Post> history(String patientId, String postId) {
        return posts.history(patientId, postId, clock.instant());
    }

    /** Notes that the caller read the post; true the first time. */
    public boolean markRead(Caller caller, String patientId, String postId, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        boolean first = posts.markRead(patient, post.id(), caller.userId(), now, post.expiresAt());
        audit.record(caller.audited(AuditAction.POST_MARKED_READ, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return first;
    }

    public List<Posts.Reading> readers(Caller caller, String patientId, String postId, RequestOrigin origin) {
        String patient = gate.memberOf(caller, patientId);
        Instant now = clock.instant();
        Post post = current(patient, postId, now);
        List<Posts.Reading> readers = posts.readers(patient, post.id(), now);
        audit.record(caller.audited(AuditAction.POST_READERS_READ, "patient", patient, AuditOutcome.SUCCEEDED, origin, now));
        return readers;
    }

    private Post current(String patientId, String postId, Instant now) {
        return Optional.ofNullable(postId).filter(SortableIds::isWellFormed)
                .flatMap(id -> posts.find(patientId, id, now))
                .orElseThrow(() -> new ApiException(ErrorCode.POST_UNKNOWN));
    }

    private static Content content(String categoryCode, String rawText, PostRequest.VitalsRequest rawVitals,
                                   Validation validation) {
        return content(categoryCode, rawText, rawVitals, validation, null);
    }

    /** A post's content, checked: a known category, text or vitals, the text within its length. */
    private static Content content(String categoryCode, String rawText, PostRequest.VitalsRequest rawVitals,
                                   Validation validation, Vitals kept) {
        Optional<PostCategory> category = Optional.ofNullable(categoryCode).flatMap(PostCategory::fromCode);
        validation.check(category.isPresent(), "category", "区分が正しくありません。");
        String text = rawText == null ? "" : rawText.strip();
        Vitals vitals = rawVitals == null ? kept : vitals(rawVitals, validation);
        boolean hasVitals = vitals != null && !vitals.isEmpty();
        validation.check(!text.isEmpty() || hasVitals, "text", "本文かバイタルを入力してください。");
        validation.check(text.length() <= MAX_TEXT, "text", "本文は" + MAX_TEXT + "文字以内で入力してください。");
        return new Content(category.orElse(null), text.isEmpty() ? null : text, hasVitals ? vitals : null);
    }

    private record Content(PostCategory category, String text, Vitals vitals) {
    }

    /** Each value within its plausible range; a temperature or weight with one decimal at most. */
    private static Vitals vitals(PostRequest.VitalsRequest v, Validation validation) {
        range(validation, v.systolic(), 40, 300, "vitals.systolic", "収縮期血圧は40〜300 mmHgで入力してください。");
        range(validation, v.diastolic(), 20, 200, "vitals.diastolic", "拡張期血圧は20〜200 mmHgで入力してください。");
        validation.check(v.systolic() == null || v.diastolic() == null || v.diastolic() < v.systolic(), "vitals.diastolic",
                "拡張期血圧は収縮期血圧より低い値です。");
        range(validation, v.pulse(), 20, 250, "vitals.pulse", "脈拍は20〜250 回/分で入力してください。");
        decimal(validation, v.temperature(), "30.0", "45.0", "vitals.temperature", "体温は30.0〜45.0 ℃（小数1桁まで）で入力してください。");
        range(validation, v.spo2(), 50, 100, "vitals.spo2", "SpO2は50〜100 %で入力してください。");
        range(validation, v.respiration(), 4, 80, "vitals.respiration", "呼吸数は4〜80 回/分で入力してください。");
        decimal(validation, v.weight(), "1.0", "300.0", "vitals.weight", "体重は1.0〜300.0 kg（小数1桁まで）で入力してください。");
        range(validation, v.pain(), 0, 10, "vitals.pain", "痛みは0〜10で入力してください。");
        return new Vitals(v.systolic(), v.diastolic(), v.pulse(), v.temperature(), v.spo2(), v.respiration(),
                v.weight(), v.pain());
    }

    private static void range(Validation validation, Integer value, int min, int max, String field, String message) {
        validation.check(value == null || value >= min && value <= max, field, message);
    }

    private static void decimal(Validation validation, BigDecimal value, String min, String max, String field,
                                String message) {
        validation.check(value == null || value.compareTo(new BigDecimal(min)) >= 0
                && value.compareTo(new BigDecimal(max)) <= 0 && value.stripTrailingZeros().scale() <= 1, field, message);
    }
}
