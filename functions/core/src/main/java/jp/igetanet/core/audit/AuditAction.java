package jp.igetanet.core.audit;

/**
 * What was done, with the stable code that the audit log stores and that audit searches use. Codes are never
 * renamed or reused: old records must keep their meaning.
 */
public enum AuditAction {
    SIGN_IN_SEEN("account.sign-in-seen"),
    REGISTRATION_SUBMITTED("registration.submitted"),
    REGISTRATION_APPROVED("registration.approved"),
    REGISTRATION_REJECTED("registration.rejected"),
    FACILITY_CHANGED("facility.changed"),
    FACILITY_DEREGISTRATION_REQUESTED("facility.deregistration-requested"),
    FACILITY_DEREGISTERED("facility.deregistered"),
    FACILITY_SUSPENDED("facility.suspended"),
    FACILITY_REINSTATED("facility.reinstated"),
    USER_ISSUED("user.issued"),
    USER_PASSWORD_REISSUED("user.password-reissued"),
    USER_PASSWORD_CHANGED("user.password-changed"),
    USER_SUSPENDED("user.suspended"),
    USER_REINSTATED("user.reinstated"),
    USER_RETIRED("user.retired"),
    USER_REPLACED("user.replaced"),
    CONSENT_FORM_UPLOAD_STARTED("consent-form.upload-started"),
    PATIENT_REGISTERED("patient.registered"),
    PATIENTS_LISTED("patient.listed"),
    PATIENT_READ("patient.read"),
    PATIENT_CHANGED("patient.changed"),
    CONSENT_RECORDED("consent.recorded"),
    CONSENTS_READ("consent.history-read"),
    CONSENT_WITHDRAWN("consent.withdrawn"),
    WITHDRAWAL_READ("consent-withdrawal.read"),
    PATIENT_PURGED("patient.purged"),
    CARE_TEAM_READ("care-team.read"),
    CARE_TEAM_MEMBER_ADDED("care-team.member-added"),
    AGREEMENTS_READ("network-agreement.list-read"),
    INCIDENT_REPORTED("incident-report.filed"),
    INCIDENT_REPORTS_LISTED("incident-report.list-read"),
    INCIDENT_REPORT_READ("incident-report.read"),
    INCIDENT_REPORT_HANDLED("incident-report.handled"),
    AUDIT_SEARCHED("audit.searched"),
    ANNOUNCEMENT_PUBLISHED("announcement.published"),
    ANNOUNCEMENT_CHANGED("announcement.changed"),
    ANNOUNCEMENT_WITHDRAWN("announcement.withdrawn"),
    OVERVIEW_CHANGED("portal-overview.changed"),
    TERMS_PUBLISHED("terms.published"),
    SERVICE_STATUS_CHANGED("service-status.changed"),
    AUDIT_VERIFIED("audit.verified"),
    AGREEMENT_PROPOSED("network-agreement.proposed"),
    AGREEMENT_ACCEPTED("network-agreement.accepted"),
    AGREEMENT_ENDED("network-agreement.ended"),
    CARE_TEAM_MEMBER_REMOVED("care-team.member-removed"),
    POST_CREATED("post.created"),
    TIMELINE_READ("post.timeline-read"),
    POST_READ("post.read"),
    POST_CORRECTED("post.corrected"),
    POST_MARKED_READ("post.marked-read"),
    POST_READERS_READ("post.readers-read"),
    OBSERVATIONS_READ("observation.series-read"),
    MEDICATIONS_READ("medication.list-read"),
    ATTACHMENT_UPLOAD_STARTED("attachment.upload-started"),
    ATTACHMENT_DOWNLOADED("attachment.download-granted"),
    PROJECT_CREATED("project.created"),
    PROJECTS_LISTED("project.listed"),
    PROJECT_READ("project.read"),
    PROJECT_CHANGED("project.changed"),
    PROJECT_MEMBERS_READ("project.members-read"),
    PROJECT_MEMBER_ADDED("project.member-added"),
    PROJECT_JOINED("project.joined"),
    PROJECT_MEMBER_ROLE_CHANGED("project.member-role-changed"),
    PROJECT_OWNERSHIP_HANDED_OVER("project.ownership-handed-over"),
    PROJECT_MEMBER_REMOVED("project.member-removed"),
    PROJECT_LEFT("project.left"),
    PROJECT_POST_CREATED("project-post.created"),
    PROJECT_TIMELINE_READ("project-post.timeline-read"),
    PROJECT_POSTS_SEARCHED("project-post.searched"),
    PROJECT_POST_READ("project-post.read"),
    PROJECT_POST_CORRECTED("project-post.corrected"),
    PROJECT_POST_MARKED_READ("project-post.marked-read"),
    PROJECT_POST_READERS_READ("project-post.readers-read"),
    PROJECT_POST_PINNED("project-post.pinned"),
    PROJECT_POST_UNPINNED("project-post.unpinned"),
    PROJECT_EVENT_ANSWERED("project-event.answered"),
    PROJECT_ATTACHMENT_UPLOAD_STARTED("project-attachment.upload-started"),
    PROJECT_ATTACHMENT_DOWNLOADED("project-attachment.download-granted");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<AuditAction> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
