package jp.igetanet.operations;

import jakarta.inject.Singleton;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditLog;
import jp.igetanet.core.audit.AuditTarget;
import jp.igetanet.core.caller.Acting;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.form.FieldRules;
import jp.igetanet.core.id.SortableIds;
import jp.igetanet.core.incident.IncidentKind;
import jp.igetanet.core.incident.IncidentReport;
import jp.igetanet.core.incident.IncidentReports;
import jp.igetanet.core.incident.IncidentStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports to the operator (§21): any user files one at once; the operator of the user's network handles it and
 * records the measures taken (§21-2); the facility's administrator follows the facility's reports; a member sees
 * the reports they filed. To anyone else a report does not exist (404).
 */
@Singleton
public class IncidentDesk {

    static final int MAX_DESCRIPTION = 2000;
    static final String STATUS_CODES = "状態は received, investigating, resolved のいずれかです。";
    /** A clock a little ahead of ours does not make a report "from the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final IncidentReports reports;
    private final AuditLog audit;
    private final SortableIds ids;
    private final Clock clock;

    public IncidentDesk(IncidentReports reports, AuditLog audit, SortableIds ids, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public IncidentReport file(Acting acting, IncidentReportRequest request) {
        Instant now = clock.instant();
        FieldRules rules = new FieldRules();
        IncidentKind kind = rules.code(request.kind(), "kind", IncidentKind::fromCode,
                "種別は security_incident, system_defect, lost_device, unauthorised_access, other のいずれかです。");
        Instant occurredAt = occurredAt(request.occurredAt(), now, rules);
        String description = rules.text(request.description(), "description", "報告の内容", MAX_DESCRIPTION);
        rules.throwIfInvalid();
        IncidentReport report = new IncidentReport(ids.next(), acting.networkId(), acting.facilityId(), acting.userId(),
                kind, occurredAt, description, IncidentStatus.RECEIVED, null, null, 1, now, now);
        reports.create(report);
        audit.record(acting.audited(AuditAction.INCIDENT_REPORTED, AuditTarget.incidentReport(report.id()), now));
        return report;
    }

    /** The operator sees the network's reports, an administrator the facility's, a member their own. */
    public List<IncidentReport> list(Acting acting, Optional<IncidentStatus> status, Optional<String> afterReportId,
                                     int limit) {
        Optional<String> after = afterReportId.filter(SortableIds::isWellFormed);
        List<IncidentReport> page = acting.is(Role.OPERATOR)
                ? reports.ofNetwork(acting.networkId(), status, after, limit)
                : reports.ofFacility(acting.facilityId(), status,
                        acting.is(Role.FACILITY_ADMIN) ? Optional.empty() : Optional.of(acting.userId()), after, limit);
        String scope = acting.is(Role.OPERATOR) ? acting.networkId() : acting.facilityId();
        audit.record(acting.audited(AuditAction.INCIDENT_REPORTS_LISTED, AuditTarget.incidentReport(scope), clock.instant()));
        return page;
    }

    public IncidentReport find(Acting acting, String reportId) {
        IncidentReport report = readable(acting, reportId);
        audit.record(acting.audited(AuditAction.INCIDENT_REPORT_READ,
                AuditTarget.incidentReport(report.id()), clock.instant()));
        return report;
    }

    /** The operator records the status and the measures taken, on the version read (409 when stale). */
    public IncidentReport handle(Acting acting, String reportId, IncidentChangeRequest change) {
        IncidentReport report = readable(acting, reportId);
        if (!acting.is(Role.OPERATOR)) {
            throw new ApiException(ErrorCode.FORBIDDEN);
        }
        FieldRules rules = new FieldRules();
        rules.validation().check(change.version() != null, "version", "変更の元にした版（version）を指定してください。");
        rules.validation().check(change.status() != null || change.measures() != null, "status",
                "状態か講じた措置を指定してください。");
        IncidentStatus status = change.status() == null ? report.status()
                : rules.code(change.status(), "status", IncidentStatus::fromCode,
                STATUS_CODES);
        String measures = change.measures() == null ? report.measures()
                : rules.text(change.measures(), "measures", "講じた措置", MAX_DESCRIPTION);
        rules.throwIfInvalid();
        if (report.version() != change.version()) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        Instant now = clock.instant();
        IncidentReport handled = report.handled(status, measures, acting.userId(), now);
        reports.update(handled, report.version());
        audit.record(acting.audited(AuditAction.INCIDENT_REPORT_HANDLED, AuditTarget.incidentReport(report.id()), now));
        return handled;
    }

    private IncidentReport readable(Acting acting, String reportId) {
        return Optional.ofNullable(reportId).filter(SortableIds::isWellFormed).flatMap(reports::find)
                .filter(report -> acting.is(Role.OPERATOR) ? report.networkId().equals(acting.networkId())
                        : acting.is(Role.FACILITY_ADMIN) && report.facilityId().equals(acting.facilityId())
                        || report.reportedBy().equals(acting.userId()))
                .orElseThrow(() -> new ApiException(ErrorCode.INCIDENT_REPORT_UNKNOWN));
    }

    /** When it happened: not before 2000 and not in the future. */
    private static Instant occurredAt(String value, Instant now, FieldRules rules) {
        Instant at = rules.dateTime(value, "occurredAt", "発生日時");
        if (at != null) {
            rules.validation().check(!at.isAfter(now.plus(CLOCK_SKEW)), "occurredAt", "発生日時に未来の日時は指定できません。");
            rules.validation().check(!at.isBefore(EARLIEST), "occurredAt", "発生日時が古すぎます。");
        }
        return at;
    }
}
