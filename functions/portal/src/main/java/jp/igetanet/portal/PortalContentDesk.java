package jp.igetanet.portal;

import jakarta.inject.Singleton;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.caller.ServiceGate;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.portal.Overview;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.ServiceStatus;
import jp.igetanet.core.portal.TermsVersion;
import jp.igetanet.core.time.Clocks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What a network's operator maintains on the portal besides announcements: the overview of the top page, the terms
 * of use by version (§31), and the service status (§25). The public reads them by network.
 */
@Singleton
public class PortalContentDesk {

    static final int MAX_OVERVIEW = 10_000;
    static final int MAX_TERMS = 60_000;

    private final PortalContent content;
    private final PublicNetworks networks;
    private final ServiceGate gate;
    private final AuditLog audit;
    private final Clock clock;

    public PortalContentDesk(PortalContent content, PublicNetworks networks, ServiceGate gate, AuditLog audit,
                             Clock clock) {
        this.content = content;
        this.networks = networks;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    public Overview overview(String network) {
        String networkId = networks.require(network);
        return content.overview(networkId).orElseGet(() -> new Overview(networkId, "", "", 0, null, null));
    }

    public Overview changeOverview(Acting acting, PortalRequests.Overview request) {
        AnnouncementDesk.requireOperator(acting);
        FieldRules fields = new FieldRules();
        String title = fields.text(request.title(), "title", "題名", FieldRules.MAX_NAME);
        String body = fields.text(request.body(), "body", "本文", MAX_OVERVIEW);
        fields.required(request.version(), "version", "読んだときの version を指定してください（初めてなら 0）。");
        fields.throwIfInvalid();
        Instant now = clock.instant();
        Overview changed = new Overview(acting.networkId(), title, body, request.version() + 1, now, acting.userId());
        content.saveOverview(changed, request.version());
        audit.record(acting.audited(AuditAction.OVERVIEW_CHANGED, AuditTarget.network(acting.networkId()), now));
        return changed;
    }

    /** The version in force today and the list of all. */
    public PortalViews.TermsView currentTerms(String network) {
        String networkId = networks.require(network);
        List<TermsVersion> all = content.terms(networkId);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.JAPAN));
        TermsVersion inForce = TermsVersion.inForce(all, today)
                .orElseThrow(() -> new ApiException(ErrorCode.TERMS_VERSION_UNKNOWN));
        return PortalViews.TermsView.from(inForce, all);
    }

    public PortalViews.TermsView terms(String network, String version) {
        String networkId = networks.require(network);
        LocalDate effectiveOn;
        try {
            effectiveOn = LocalDate.parse(version);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ApiException(ErrorCode.TERMS_VERSION_UNKNOWN);
        }
        List<TermsVersion> all = content.terms(networkId);
        return all.stream().filter(v -> v.effectiveOn().equals(effectiveOn)).findFirst()
                .map(v -> PortalViews.TermsView.from(v, all))
                .orElseThrow(() -> new ApiException(ErrorCode.TERMS_VERSION_UNKNOWN));
    }

    /** Publishes a version taking effect today or later, after every version published before. */
    public PortalViews.TermsView publishTerms(Acting acting, PortalRequests.Terms request) {
        AnnouncementDesk.requireOperator(acting);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Clocks.JAPAN);
        List<TermsVersion> all = content.terms(acting.networkId());
        FieldRules fields = new FieldRules();
        LocalDate effectiveOn = fields.date(request.effectiveOn(), "effectiveOn", "施行日", today, LocalDate.MAX);
        fields.validation().check(effectiveOn == null || all.isEmpty() || effectiveOn.isAfter(all.getFirst().effectiveOn()),
                "effectiveOn", "施行日は、いま公表されている最新の版（" + (all.isEmpty() ? "" : all.getFirst().version())
                        + "）より後の日にしてください。");
        String title = fields.text(request.title(), "title", "題名", FieldRules.MAX_NAME);
        String text = fields.text(request.text(), "text", "全文", MAX_TERMS);
        fields.throwIfInvalid();
        TermsVersion published = new TermsVersion(acting.networkId(), effectiveOn, title, text, now, acting.userId());
        content.publishTerms(published);
        audit.record(acting.audited(AuditAction.TERMS_PUBLISHED, AuditTarget.terms(published.version()), now));
        return PortalViews.TermsView.from(published, content.terms(acting.networkId()));
    }

    public ServiceStatus status(String network) {
        return content.status(networks.require(network));
    }

    /** Declares a suspension with its reason and expected end, or its end; takes effect within seconds. */
    public ServiceStatus changeStatus(Acting acting, PortalRequests.Status request) {
        AnnouncementDesk.requireOperator(acting);
        Instant now = clock.instant();
        FieldRules fields = new FieldRules();
        boolean suspended = "suspended".equals(request.state());
        fields.validation().check(suspended || "normal".equals(request.state()), "state",
                "状態は normal（通常）または suspended（一時停止）です。");
        String reason = null;
        Instant expectedEnd = null;
        if (suspended) {
            reason = fields.text(request.reason(), "reason", "停止の理由", FieldRules.MAX_TEXT);
            expectedEnd = fields.dateTime(request.expectedEnd(), "expectedEnd", "再開の予定日時");
            fields.validation().check(expectedEnd == null || expectedEnd.isAfter(now), "expectedEnd",
                    "再開の予定日時は未来の日時にしてください。");
        } else {
            fields.validation().check(request.reason() == null && request.expectedEnd() == null, "reason",
                    "通常に戻すときは、理由と再開の予定を入れないでください。");
        }
        fields.throwIfInvalid();
        ServiceStatus current = content.status(acting.networkId());
        ServiceStatus changed = new ServiceStatus(acting.networkId(), suspended, reason,
                suspended ? (current.suspended() ? current.since() : now) : null, expectedEnd, now, acting.userId());
        content.saveStatus(changed);
        gate.forget(acting.networkId());
        audit.record(acting.audited(AuditAction.SERVICE_STATUS_CHANGED, AuditTarget.network(acting.networkId()), now));
        return changed;
    }
}
