package jp.igetanet.portal;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.error.Validation;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;
import jp.igetanet.core.portal.Announcement;
import jp.igetanet.core.portal.AnnouncementKind;
import jp.igetanet.core.portal.Announcements;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The portal's announcements (§18): the operator of a network publishes, changes and withdraws them; anyone reads a
 * network's, newest first. A termination notice must name an end of service at least six months after it is
 * published (§26, §29).
 */
@Singleton
public class AnnouncementDesk {

    static final int MAX_BODY = 5_000;
    private static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 50);

    private final Announcements announcements;
    private final PublicNetworks networks;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public AnnouncementDesk(Announcements announcements, PublicNetworks networks, AuditLog audit, SortableIds ids,
                            Clock clock) {
        this.announcements = announcements;
        this.networks = networks;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public AnnouncementView.Page list(String network, String kind, String cursor, Integer limit) {
        Validation validation = new Validation();
        Optional<AnnouncementKind> wanted = Optional.ofNullable(kind).map(code -> AnnouncementKind.fromCode(code)
                .orElseGet(() -> {
                    validation.reject("kind", "種別は notice, service_change, suspension, termination, terms_change のいずれかです。");
                    return null;
                }));
        PAGES.check(validation, limit).throwIfInvalid();
        String networkId = networks.require(network);
        PageRequest<String> asked = PAGES.request(cursor, limit, 1, parts -> Optional.of(parts.getFirst())
                .filter(SortableIds::isWellFormed).orElseThrow(() -> new ApiException(ErrorCode.INVALID_CURSOR)));
        int size = asked.limit();
        List<Announcement> page = announcements.ofNetwork(networkId, wanted, asked.after(), size + 1);
        List<AnnouncementView> items = page.stream().limit(size).map(AnnouncementView::from).toList();
        String next = page.size() > size ? Cursor.encode(items.getLast().id()) : null;
        return new AnnouncementView.Page(items, next);
    }

    public Announcement find(String announcementId) {
        return Optional.ofNullable(announcementId).filter(SortableIds::isWellFormed).flatMap(announcements::find)
                .orElseThrow(() -> new ApiException(ErrorCode.ANNOUNCEMENT_UNKNOWN));
    }

    public Announcement publish(Acting acting, AnnouncementRequest request) {
        requireOperator(acting);
        Instant now = clock.instant();
        FieldRules fields = new FieldRules();
        Checked checked = check(fields, request, now);
        fields.throwIfInvalid();
        Announcement announcement = new Announcement(ids.next(), acting.networkId(), checked.kind(), checked.title(),
                checked.body(), checked.serviceEndsOn(), now, acting.userId(), now, 1);
        announcements.create(announcement);
        audit.record(acting.audited(AuditAction.ANNOUNCEMENT_PUBLISHED,
                AuditTarget.announcement(announcement.id()), now));
        return announcement;
    }

    /** Changes it; a termination notice keeps the six months from its first publication. */
    public Announcement change(Acting acting, String announcementId, AnnouncementRequest request) {
        requireOperator(acting);
        Announcement current = own(acting, announcementId);
        Instant now = clock.instant();
        FieldRules fields = new FieldRules();
        Checked checked = check(fields, request, current.publishedAt());
        fields.required(request.version(), "version", "読んだときの version を指定してください。");
        fields.throwIfInvalid();
        if (request.version() != current.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        Announcement changed = new Announcement(current.id(), current.networkId(), checked.kind(), checked.title(),
                checked.body(), checked.serviceEndsOn(), current.publishedAt(), current.publishedBy(), now,
                current.version() + 1);
        announcements.update(changed, current.version());
        audit.record(acting.audited(AuditAction.ANNOUNCEMENT_CHANGED, AuditTarget.announcement(current.id()), now));
        return changed;
    }

    public void withdraw(Acting acting, String announcementId) {
        requireOperator(acting);
        Announcement current = own(acting, announcementId);
        if (!announcements.withdraw(current.id())) {
            throw new ApiException(ErrorCode.ANNOUNCEMENT_UNKNOWN);
        }
        audit.record(acting.audited(AuditAction.ANNOUNCEMENT_WITHDRAWN,
                AuditTarget.announcement(current.id()), clock.instant()));
    }

    private Announcement own(Acting acting, String announcementId) {
        Announcement found = find(announcementId);
        if (!found.networkId().equals(acting.networkId())) {
            throw new ApiException(ErrorCode.ANNOUNCEMENT_UNKNOWN);
        }
        return found;
    }

    private record Checked(AnnouncementKind kind, String title, String body, LocalDate serviceEndsOn) {
    }

    private static Checked check(FieldRules fields, AnnouncementRequest request, Instant publishedAt) {
        AnnouncementKind kind = fields.code(request.kind(), "kind", AnnouncementKind::fromCode,
                "種別は notice, service_change, suspension, termination, terms_change のいずれかです。");
        String title = fields.text(request.title(), "title", "題名", FieldRules.MAX_NAME);
        String body = fields.text(request.body(), "body", "本文", MAX_BODY);
        LocalDate endsOn = null;
        if (kind == AnnouncementKind.TERMINATION) {
            LocalDate published = LocalDate.ofInstant(publishedAt, Clocks.JAPAN);
            LocalDate earliest = published.plusMonths(Announcement.TERMINATION_NOTICE_MONTHS);
            endsOn = fields.date(request.serviceEndsOn(), "serviceEndsOn", "サービス提供の中止日", published, LocalDate.MAX);
            fields.validation().check(endsOn == null || !endsOn.isBefore(earliest), "serviceEndsOn",
                    "サービス提供の中止は、中止日の6か月以上前に告知してください（第26条）。中止日は" + earliest + "以降です。");
        } else {
            fields.validation().check(request.serviceEndsOn() == null, "serviceEndsOn",
                    "中止日は、サービス提供の中止（termination）のお知らせにだけ指定します。");
        }
        return new Checked(kind, title, body, endsOn);
    }

    static void requireOperator(Acting acting) {
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
    }
}
