package jp.igetanet.core.aws.dynamodb;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The single domain table (template.yaml {@code DomainTable}) and every access pattern it serves.
 *
 * <pre>
 * item               PK                      SK          GSI1PK / GSI1SK                        GSI2PK / GSI2SK
 * network            NETWORK#{networkId}     NETWORK     -                                      -
 * portal overview    NETWORK#{networkId}     OVERVIEW    -                                      -
 * service status     NETWORK#{networkId}     STATUS      -                                      -   (§25)
 * terms version      TERMS#{networkId}       VERSION#{effective day}                            -   (§31)
 * announcement       ANNOUNCEMENT#{id}       ANNOUNCEMENT ANNOUNCEMENTS#{networkId} / {id, time-ordered}
 * facility           FACILITY#{facilityId}   FACILITY    DIRECTORY#{networkId} / {kana}#{id}    -
 *                                                        (only while active and listed, §17-2)
 * user account       USER#{userId}           USER        -                                      STAFF#{facilityId} / {kana}#{userId}
 * user's pledge      USER#{userId}           PLEDGE      -                                      -
 * application        REGISTRATION#{id}       REGISTRATION APPLICATIONS#{networkId}#{status} / {submittedAt}#{id}
 * patient            PATIENT#{patientId}     PATIENT     -                                      -
 *                    (withdrawalId once consent is withdrawn: absent to every reader from then on)
 * care team size     PATIENT#{patientId}     TEAM        -                                      -
 * care team member   PATIENT#{patientId}     MEMBER#{userId} CARE#{userId} / {patient kana}#{patientId}
 *                                                            ACTIVITY#{userId} / {latest post, epoch ms}#{patientId} (GSI2)
 *                    (unread: posts the member has not read, counted up on posting, down on a first reading; the
 *                    activity key is the member's joining until a post; withdrawalId and no GSI1 or GSI2 keys once the
 *                    patient is withdrawn)
 * consent            PATIENT#{patientId}     CONSENT#{consentId, time-ordered}
 * post               PATIENT#{patientId}     POST#{postId, time-ordered} (expiresAt: five years, §15)
 * replaced version   PATIENT#{patientId}     POSTV#{postId}#{version, 4 digits} (expiresAt as its post)
 * reading            PATIENT#{patientId}     READ#{postId}#{userId}  (expiresAt as its post)
 * attachment         PATIENT#{patientId}     ATTACHMENT#{attachmentId} (expiresAt: five years, as a post)
 * consent-form upload CONSENTFORM#{formId}   CONSENTFORM  -                      PATIENTFORMS#{patientId} / {formId}
 *                    (expiresAt: unused uploads vanish after a day)
 * withdrawal         WITHDRAWAL#{id}         WITHDRAWAL  WITHDRAWALS#OPEN / {acceptedAt}#{id}  WITHDRAWN#{patientRef} / {id}
 *                    (GSI1 keys only until the purge completes; the patient item carries withdrawalId from the start)
 * open agreement     AGREEMENT#{net}#{net}   OPEN        AGREEMENTS#{proposer} / {agreementId}  AGREEMENTS#{partner} / {id}
 *                    (the two network ids in sorted order: one open agreement per pair)
 * ended agreement    AGREEMENT#{net}#{net}   ENDED#{agreementId}  (GSI keys as when it was open)
 * incident report    INCIDENT#{reportId}     INCIDENT    INCIDENTS#{networkId} / {reportId}  FACILITYINCIDENTS#{facilityId} / {reportId}
 * project            PROJECT#{projectId}     PROJECT     -                                      PROJECTS#{networkId}#{open|network} / {id}
 *                    (postCount, memberCount, pinned: a string set of post ids; invitation projects have no GSI2 keys)
 * project member     PROJECT#{projectId}     MEMBER#{userId}  MEMBERSHIPS#{userId} / {projectId}
 *                    (role; postsBefore: the project's postCount at joining; reads: posts read since)
 * network-wide reads PROJECT#{projectId}     READER#{userId}  (reads of one user in a project of every user)
 * project post       PROJECT#{projectId}     POST#{postId, time-ordered} (expiresAt: five years, §15)
 *                    first post of a thread: THREADS#{projectId} / {postId} (GSI1), replyCount
 *                    reply: THREAD#{projectId}#{threadId} / {postId} (GSI2)
 * replaced version   PROJECT#{projectId}     POSTV#{postId}#{version, 4 digits} (no index keys; expiresAt as its post)
 * reading / answer   PROJECT#{projectId}     READ#{postId}#{userId} / ANSWER#{postId}#{userId} (expiresAt as its post)
 * project attachment PROJECT#{projectId}     ATTACHMENT#{attachmentId} (expiresAt: five years)
 * stored answer      IDEMPOTENCY#{sha-256 of caller and key} ANSWER  -        PATIENTANSWERS#{patientId} / {id}
 *                    (a claim, then the first 2xx answer to a POST with an Idempotency-Key; expiresAt: a day;
 *                    GSI2 keys only when the answer is about a patient)
 *
 * access pattern                                   operation
 * network by id                                    GetItem  NETWORK#{id} / NETWORK
 * a network's overview / service status            GetItem  NETWORK#{id} / OVERVIEW, STATUS
 * a network's terms versions, newest first         Query    TERMS#{networkId}, backwards
 * a network's announcements, newest first          Query    GSI1 ANNOUNCEMENTS#{networkId}, backwards, filtered on kind
 * facility by id                                   GetItem  FACILITY#{id} / FACILITY
 * a network's public directory in kana order       Query    GSI1 DIRECTORY#{networkId}, paged by GSI1SK
 * user account by id (every signed-in request)     GetItem  USER#{id} / USER
 * a facility's staff in kana order                 Query    GSI2 STAFF#{facilityId}
 * application by id                                GetItem  REGISTRATION#{id} / REGISTRATION
 * a network's applications in one status, oldest   Query    GSI1 APPLICATIONS#{networkId}#{status}
 * is this user in the patient's care team?         GetItem  PATIENT#{id} / MEMBER#{userId}
 * patient by id                                    GetItem  PATIENT#{id} / PATIENT
 * a patient's care team / consents                 Query    PATIENT#{id}, SK begins_with MEMBER# / CONSENT#
 * a user's patients, latest posted to first       Query    GSI2 ACTIVITY#{userId}, backwards, then BatchGetItem
 * a user's patients in kana order, by kana prefix  Query    GSI1 CARE#{userId} (begins_with), then BatchGetItem
 * a patient's timeline, newest first               Query    PATIENT#{id}, SK begins_with POST#, backwards,
 *                                                           filtered on expiresAt (and category)
 * a patient's posts with medications / a lab code  Query    the same, filtered on attribute_exists(medications)
 *                                                           / contains(labCodes, :code)
 * one post                                         GetItem  PATIENT#{id} / POST#{postId}
 * an attachment                                    GetItem  PATIENT#{id} / ATTACHMENT#{attachmentId}
 * may these two networks share patients?         GetItem  AGREEMENT#{pair} / OPEN (status in_force)
 * a network's agreements                         Query    GSI1 and GSI2 AGREEMENTS#{networkId}
 * incident report by id                          GetItem  INCIDENT#{id} / INCIDENT
 * a network's / facility's reports, newest first Query    GSI1 INCIDENTS#{networkId} / GSI2 FACILITYINCIDENTS#{facilityId},
 *                                                           backwards, filtered on status (and reporter)
 * withdrawal by id                                GetItem  WITHDRAWAL#{id} / WITHDRAWAL
 * a withdrawn patient's receipt                    Query    GSI2 WITHDRAWN#{sha-256 of the patient id}
 * withdrawals whose purge has not completed        Query    GSI1 WITHDRAWALS#OPEN, GSI1SK before a time
 * everything of a patient, for the purge           Query    PATIENT#{id} (keys only); GSI2 PATIENTFORMS#{id},
 *                                                           PATIENTANSWERS#{id}
 * a POST retried with its Idempotency-Key          PutItem  IDEMPOTENCY#{id} / ANSWER if absent, expired or abandoned;
 *                                                           GetItem it when held; PutItem the answer on the claim
 * a post's history / its readers                   Query    PATIENT#{id}, SK begins_with POSTV#{postId}# / READ#{postId}#
 * a project and the caller's member item (the gate) BatchGetItem PROJECT#{id} / PROJECT and MEMBER#{userId}
 * a project's members                              Query    PROJECT#{id}, SK begins_with MEMBER#
 * a user's projects, newest first                  Query    GSI1 MEMBERSHIPS#{userId}, backwards
 * a network's open / network-wide projects         Query    GSI2 PROJECTS#{networkId}#open / #network, backwards
 * a project's threads, newest first                Query    GSI1 THREADS#{projectId}, backwards, filtered on expiresAt
 * a thread's replies, oldest first                 Query    GSI2 THREAD#{projectId}#{threadId}, filtered on expiresAt
 * a search of a project's posts by text            Query    PROJECT#{id}, SK begins_with POST#, backwards, filtered
 *                                                           on contains(searchText, :words), 100 a read, at most 10 reads
 * a project post, version history, readers, answers GetItem PROJECT#{id} / POST#{postId}; Query POSTV#, READ#, ANSWER#
 * which posts of a page the caller has read        BatchGetItem PROJECT#{id} / READ#{postId}#{userId}
 * </pre>
 *
 * Shared-record items carry {@code expiresAt} (epoch seconds) for the table's TTL; reads treat expired items
 * as absent. No request path scans.
 */
@Singleton
public class DomainTable {

    /** The configuration property holding the table name: the function environment's {@code DOMAIN_TABLE}. */
    public static final String NAME_PROPERTY = "domain.table";

    private final String name;

    public DomainTable(@Value("${" + NAME_PROPERTY + "}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
