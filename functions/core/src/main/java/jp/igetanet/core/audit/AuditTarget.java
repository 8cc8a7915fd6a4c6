package jp.igetanet.core.audit;

/** What an audited action was done to: the kind of target as the audit log names it, and its id. */
public record AuditTarget(String type, String id) {

    public static AuditTarget patient(String patientId) {
        return new AuditTarget("patient", patientId);
    }

    public static AuditTarget user(String userId) {
        return new AuditTarget("user", userId);
    }

    public static AuditTarget facility(String facilityId) {
        return new AuditTarget("facility", facilityId);
    }

    public static AuditTarget network(String networkId) {
        return new AuditTarget("network", networkId);
    }

    public static AuditTarget project(String projectId) {
        return new AuditTarget("project", projectId);
    }

    public static AuditTarget announcement(String announcementId) {
        return new AuditTarget("announcement", announcementId);
    }

    public static AuditTarget incidentReport(String reportId) {
        return new AuditTarget("incident-report", reportId);
    }

    public static AuditTarget consentForm(String formId) {
        return new AuditTarget("consent-form", formId);
    }

    public static AuditTarget consentWithdrawal(String withdrawalId) {
        return new AuditTarget("consent-withdrawal", withdrawalId);
    }

    public static AuditTarget terms(String version) {
        return new AuditTarget("terms", version);
    }

    public static AuditTarget registration(String applicationId) {
        return new AuditTarget("registration", applicationId);
    }
}
