package jp.igetanet.core.patient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores patients, their consents, care teams and pending consent-form uploads. Every method that reads or writes one
 * patient's data takes the {@link CareTeamAccess} the gate gave for it; the few that do not say why.
 */
public interface Patients {

    /** The patient, unless absent or withdrawn (§14-2): a withdrawn patient is gone for every reader at once. */
    Optional<Patient> find(CareTeamAccess access);

    /**
     * The home network of a stored, not withdrawn patient, and nothing else of it: the operator scopes an audit search
     * by it without being let into the patient's data.
     */
    Optional<String> networkOf(String patientId);

    /**
     * Withdraws the patient for this withdrawal (§14-2): marks the patient item unless another withdrawal took it
     * first, then every member item, which also leaves the members' patient lists. From then on {@link #find} and the
     * gate see nothing. True when the patient is this withdrawal's; false when it is absent or another's. Takes the
     * patient's id, not an access: the purge worker finishes a recorded withdrawal for nobody in particular.
     */
    boolean withdraw(String patientId, String withdrawalId);

    /** Stores a new patient; fails with CONFLICT if the id is taken. */
    void create(CareTeamAccess access, Patient patient);

    /** Replaces a patient if nobody changed it since {@code expectedVersion}; CONFLICT otherwise. */
    void update(CareTeamAccess access, Patient patient, long expectedVersion);

    /** Re-sorts every member's patient list entry after the patient's kana changed. */
    void resortTeam(CareTeamAccess access, String patientKana);

    /** Stores a consent; CONFLICT when one with its id exists (a retried registration). */
    void addConsent(CareTeamAccess access, Consent consent);

    /** The patient's consents, newest first. */
    List<Consent> consents(CareTeamAccess access);

    /** A member of the patient's team, unless absent or withdrawn. */
    Optional<CareTeamMember> teamMember(CareTeamAccess access, String userId);

    /** The whole care team (a team is small: one query), withdrawn member items included. */
    List<CareTeamMember> team(CareTeamAccess access);

    /** Adds a member, sorted for the member's patient list by the patient's kana; CONFLICT if already in. */
    void addMember(CareTeamAccess access, CareTeamMember member, String patientKana);

    /** Removes a member unless it is the last one; false when it was the last (nothing removed then). */
    boolean removeMember(CareTeamAccess access, String userId);

    /**
     * Notes a new post of the access's user: unread for every other member, and the patient's latest activity for
     * every member (their patient lists put it first). Members' items change one by one; a member removed meanwhile is
     * not brought back.
     */
    void notePost(CareTeamAccess access, Instant postedAt);

    /** Counts one post as read by the access's user (never below zero). */
    void countRead(CareTeamAccess access);

    /** The patients the accesses open (one batch read), in the order given, missing and withdrawn ones left out. */
    List<Patient> findAll(List<CareTeamAccess> accesses);

    /**
     * Stores a pending consent-form upload. Consent forms are keyed by their own id and used only by their uploader
     * ({@link ConsentRules}); the scan itself stays in the file store under the patient.
     */
    void createConsentForm(ConsentForm form);

    Optional<ConsentForm> consentForm(String formId);

    /** Marks a form used by its patient's registration; false when it was used already. */
    boolean useConsentForm(String formId);
}
