package jp.igetanet.core.aws.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * The only place that builds keys of the domain table. Prefixes are fixed strings: renaming a Java class never
 * moves data. {@link DomainTable} lists the access patterns these keys serve.
 */
public final class Keys {

    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2 = "GSI2";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";
    /** The table's TTL attribute (epoch seconds), declared in template.yaml. */
    public static final String EXPIRES_AT = "expiresAt";

    static final String NETWORK = "NETWORK#";
    static final String NETWORK_ITEM = "NETWORK";
    static final String FACILITY = "FACILITY#";
    static final String FACILITY_ITEM = "FACILITY";
    static final String DIRECTORY = "DIRECTORY#";
    static final String USER = "USER#";
    static final String USER_ITEM = "USER";
    static final String STAFF = "STAFF#";
    static final String PLEDGE_ITEM = "PLEDGE";
    static final String REGISTRATION = "REGISTRATION#";
    static final String REGISTRATION_ITEM = "REGISTRATION";
    static final String APPLICATIONS = "APPLICATIONS#";
    static final String PATIENT = "PATIENT#";
    static final String PATIENT_ITEM = "PATIENT";
    static final String TEAM_ITEM = "TEAM";
    static final String MEMBER = "MEMBER#";
    static final String CONSENT = "CONSENT#";
    static final String CARE = "CARE#";
    static final String ACTIVITY = "ACTIVITY#";
    static final String POST = "POST#";
    static final String POST_VERSION = "POSTV#";
    static final String READ = "READ#";
    static final String ATTACHMENT = "ATTACHMENT#";
    static final String CONSENT_FORM = "CONSENTFORM#";
    static final String AGREEMENT = "AGREEMENT#";
    static final String AGREEMENT_OPEN = "OPEN";
    static final String AGREEMENT_ENDED = "ENDED#";
    static final String AGREEMENTS = "AGREEMENTS#";
    static final String INCIDENT = "INCIDENT#";
    static final String INCIDENT_ITEM = "INCIDENT";
    static final String NETWORK_INCIDENTS = "INCIDENTS#";
    static final String FACILITY_INCIDENTS = "FACILITYINCIDENTS#";
    static final String CONSENT_FORM_ITEM = "CONSENTFORM";
    static final String PATIENT_FORMS = "PATIENTFORMS#";
    static final String OVERVIEW_ITEM = "OVERVIEW";
    static final String STATUS_ITEM = "STATUS";
    static final String TERMS = "TERMS#";
    static final String TERMS_VERSION = "VERSION#";
    static final String ANNOUNCEMENT = "ANNOUNCEMENT#";
    static final String ANNOUNCEMENT_ITEM = "ANNOUNCEMENT";
    static final String ANNOUNCEMENTS = "ANNOUNCEMENTS#";
    static final String WITHDRAWAL = "WITHDRAWAL#";
    static final String WITHDRAWAL_ITEM = "WITHDRAWAL";
    static final String OPEN_WITHDRAWALS = "WITHDRAWALS#OPEN";
    static final String WITHDRAWN_PATIENT = "WITHDRAWN#";
    static final String PROJECT = "PROJECT#";
    static final String PROJECT_ITEM = "PROJECT";
    static final String READER = "READER#";
    static final String ANSWER = "ANSWER#";
    static final String MEMBERSHIPS = "MEMBERSHIPS#";
    static final String NETWORK_PROJECTS = "PROJECTS#";
    static final String THREADS = "THREADS#";
    static final String THREAD = "THREAD#";
    static final String IDEMPOTENCY = "IDEMPOTENCY#";
    static final String ANSWER_ITEM = "ANSWER";
    static final String PATIENT_ANSWERS = "PATIENTANSWERS#";

    private Keys() {
    }

    public static Map<String, AttributeValue> network(String networkId) {
        return key(NETWORK + networkId, NETWORK_ITEM);
    }

    public static Map<String, AttributeValue> facility(String facilityId) {
        return key(FACILITY + facilityId, FACILITY_ITEM);
    }

    public static Map<String, AttributeValue> user(String userId) {
        return key(USER + userId, USER_ITEM);
    }

    public static Map<String, AttributeValue> userPledge(String userId) {
        return key(USER + userId, PLEDGE_ITEM);
    }

    public static Map<String, AttributeValue> registration(String applicationId) {
        return key(REGISTRATION + applicationId, REGISTRATION_ITEM);
    }

    public static Map<String, AttributeValue> patient(String patientId) {
        return key(PATIENT + patientId, PATIENT_ITEM);
    }

    /** The care team's size, kept beside the patient so that the last member cannot be removed. */
    public static Map<String, AttributeValue> patientTeam(String patientId) {
        return key(PATIENT + patientId, TEAM_ITEM);
    }

    public static Map<String, AttributeValue> careTeamMember(String patientId, String userId) {
        return key(PATIENT + patientId, MEMBER + userId);
    }

    public static Map<String, AttributeValue> consent(String patientId, String consentId) {
        return key(PATIENT + patientId, CONSENT + consentId);
    }

    /** A post of a patient's shared record; post ids are time-ordered, so the partition reads as a timeline. */
    public static Map<String, AttributeValue> post(String patientId, String postId) {
        return ownedPost(PATIENT + patientId, postId);
    }

    /** A replaced version of a post; versions are zero-padded so that they sort. */
    public static Map<String, AttributeValue> postVersion(String patientId, String postId, int version) {
        return ownedPostVersion(PATIENT + patientId, postId, version);
    }

    public static Map<String, AttributeValue> attachment(String patientId, String attachmentId) {
        return key(PATIENT + patientId, ATTACHMENT + attachmentId);
    }

    /** One user's first reading of a post. */
    public static Map<String, AttributeValue> postReading(String patientId, String postId, String userId) {
        return ownedPostReading(PATIENT + patientId, postId, userId);
    }

    /**
     * A post in its owner's partition ({@code PATIENT#{id}} or {@code PROJECT#{id}}): the record's and projects' posts
     * share their sort keys, {@code POST#}, {@code POSTV#} and {@code READ#}.
     */
    static Map<String, AttributeValue> ownedPost(String ownerPartition, String postId) {
        return key(ownerPartition, POST + postId);
    }

    static Map<String, AttributeValue> ownedPostVersion(String ownerPartition, String postId, int version) {
        return key(ownerPartition, POST_VERSION + postId + "#" + String.format("%04d", version));
    }

    static Map<String, AttributeValue> ownedPostReading(String ownerPartition, String postId, String userId) {
        return key(ownerPartition, READ + postId + "#" + userId);
    }

    public static Map<String, AttributeValue> consentForm(String formId) {
        return key(CONSENT_FORM + formId, CONSENT_FORM_ITEM);
    }

    /** The index partition (GSI2) of a patient's consent-form uploads, used or not, for the purge (§14-2). */
    public static String formsOfPatient(String patientId) {
        return PATIENT_FORMS + patientId;
    }

    /** The stored first answer to a request sent with an Idempotency-Key; {@code id} is already scoped to the caller. */
    public static Map<String, AttributeValue> storedAnswer(String id) {
        return key(IDEMPOTENCY + id, ANSWER_ITEM);
    }

    /** The index partition (GSI2) of the stored answers about a patient, for the purge (§14-2). */
    public static String answersAboutPatient(String patientId) {
        return PATIENT_ANSWERS + patientId;
    }

    public static Map<String, AttributeValue> overview(String networkId) {
        return key(NETWORK + networkId, OVERVIEW_ITEM);
    }

    public static Map<String, AttributeValue> serviceStatus(String networkId) {
        return key(NETWORK + networkId, STATUS_ITEM);
    }

    public static Map<String, AttributeValue> termsVersion(String networkId, String version) {
        return key(TERMS + networkId, TERMS_VERSION + version);
    }

    public static Map<String, AttributeValue> announcement(String announcementId) {
        return key(ANNOUNCEMENT + announcementId, ANNOUNCEMENT_ITEM);
    }

    /** GSI1 partition of a network's announcements, by announcement id. */
    public static String announcementsOf(String networkId) {
        return ANNOUNCEMENTS + networkId;
    }

    public static Map<String, AttributeValue> withdrawal(String withdrawalId) {
        return key(WITHDRAWAL + withdrawalId, WITHDRAWAL_ITEM);
    }

    /** GSI2 partition that finds a patient's withdrawal by the patient's reference, for good. */
    public static String withdrawnPatient(String patientRef) {
        return WITHDRAWN_PATIENT + patientRef;
    }

    /** The open (proposed or in force) agreement of two networks, in either order. */
    public static Map<String, AttributeValue> openAgreement(String networkId, String otherNetworkId) {
        return key(AGREEMENT + pair(networkId, otherNetworkId), AGREEMENT_OPEN);
    }

    /** An ended agreement of two networks, kept for the record. */
    public static Map<String, AttributeValue> endedAgreement(String networkId, String otherNetworkId, String agreementId) {
        return key(AGREEMENT + pair(networkId, otherNetworkId), AGREEMENT_ENDED + agreementId);
    }

    private static String pair(String networkId, String otherNetworkId) {
        return networkId.compareTo(otherNetworkId) < 0 ? networkId + "#" + otherNetworkId : otherNetworkId + "#" + networkId;
    }

    /** GSI1 (proposer) and GSI2 (partner) partition of a network's agreements, by agreement id. */
    public static String agreementsPartition(String networkId) {
        return AGREEMENTS + networkId;
    }

    public static Map<String, AttributeValue> incidentReport(String reportId) {
        return key(INCIDENT + reportId, INCIDENT_ITEM);
    }

    /** GSI1 partition of a network's incident reports, by report id. */
    public static String incidentsOfNetwork(String networkId) {
        return NETWORK_INCIDENTS + networkId;
    }

    /** GSI2 partition of a facility's incident reports, by report id. */
    public static String incidentsOfFacility(String facilityId) {
        return FACILITY_INCIDENTS + facilityId;
    }

    /** GSI1 partition of one user's patients (the care teams the user is in), by the patients' kana. */
    public static String carePartition(String userId) {
        return CARE + userId;
    }

    /** GSI2 partition of a user's patients by their latest post (or the user's joining), newest last. */
    static String activityPartition(String userId) {
        return ACTIVITY + userId;
    }

    /** A patient's place in its member's activity partition: the time as fixed-width epoch millis, then the id. */
    static String activitySortKey(java.time.Instant at, String patientId) {
        return String.format("%015d#%s", at.toEpochMilli(), patientId);
    }

    /** GSI1 partition of a network's applications in one status, by submission time. */
    public static String applicationsPartition(String networkId, String status) {
        return APPLICATIONS + networkId + "#" + status;
    }

    /** GSI1 partition of a network's public directory. */
    public static String directoryPartition(String networkId) {
        return DIRECTORY + networkId;
    }

    /** GSI2 partition listing one facility's staff. */
    public static String staffPartition(String facilityId) {
        return STAFF + facilityId;
    }

    /** The exclusive start key of a directory query continuing after the given facility. */
    public static Map<String, AttributeValue> directoryStart(String networkId, String sortKey, String facilityId) {
        return indexStart(facility(facilityId), GSI1PK, directoryPartition(networkId), GSI1SK, sortKey);
    }

    public static Map<String, AttributeValue> project(String projectId) {
        return key(PROJECT + projectId, PROJECT_ITEM);
    }

    public static Map<String, AttributeValue> projectMember(String projectId, String userId) {
        return key(PROJECT + projectId, MEMBER + userId);
    }

    /** How many posts of a network-wide project a user has read (its members have no member items). */
    public static Map<String, AttributeValue> projectReader(String projectId, String userId) {
        return key(PROJECT + projectId, READER + userId);
    }

    /** A post or reply of a project; post ids are time-ordered. */
    public static Map<String, AttributeValue> projectPost(String projectId, String postId) {
        return ownedPost(PROJECT + projectId, postId);
    }

    public static Map<String, AttributeValue> projectPostVersion(String projectId, String postId, int version) {
        return ownedPostVersion(PROJECT + projectId, postId, version);
    }

    public static Map<String, AttributeValue> projectPostReading(String projectId, String postId, String userId) {
        return ownedPostReading(PROJECT + projectId, postId, userId);
    }

    /** A member's answer to an event. */
    public static Map<String, AttributeValue> attendanceAnswer(String projectId, String postId, String userId) {
        return key(PROJECT + projectId, ANSWER + postId + "#" + userId);
    }

    public static Map<String, AttributeValue> projectAttachment(String projectId, String attachmentId) {
        return key(PROJECT + projectId, ATTACHMENT + attachmentId);
    }

    /** GSI1 partition of one user's projects (the user's member items), by project id. */
    public static String membershipsOf(String userId) {
        return MEMBERSHIPS + userId;
    }

    /** GSI2 partition of a network's open or network-wide projects, by project id (invitation ones have none). */
    public static String projectsOfNetwork(String networkId, String admissionCode) {
        return NETWORK_PROJECTS + networkId + "#" + admissionCode;
    }

    /** GSI1 partition of a project's threads (their first posts), by post id. */
    public static String threadsOf(String projectId) {
        return THREADS + projectId;
    }

    /** GSI2 partition of one thread's replies, by post id. */
    public static String repliesOf(String projectId, String threadId) {
        return THREAD + projectId + "#" + threadId;
    }

    /** The exclusive start key of an index query that continues after the item of {@code key}. */
    public static Map<String, AttributeValue> indexStart(Map<String, AttributeValue> key, String partitionKey,
                                                         String partition, String sortKey, String sortValue) {
        Map<String, AttributeValue> start = new java.util.HashMap<>(key);
        start.put(partitionKey, s(partition));
        start.put(sortKey, s(sortValue));
        return start;
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
