package jp.igetanet.core.patient;

import java.util.List;
import java.util.Optional;

/** Stores patients, their consents, care teams and pending consent-form uploads. */
public interface Patients {

    /** The patient, unless absent or withdrawn (§14-2): a withdrawn patient is gone for every reader at once. */
    Optional<Patient> find(String patientId);

    /**
     * Withdraws the patient for this withdrawal (§14-2): marks the patient item unless another withdrawal took it
     * first, then every member item, which also leaves the members' patient lists. From then on {@link #find} and
     * {@link #member} see nothing. True when the patient is this withdrawal's; false when it is absent or another's.
     */
    boolean withdraw(String patientId, String withdrawalId);

    /** Stores a new patient; fails with CONFLICT if the id is taken. */
    void create(Patient patient);

    /** Replaces a patient if nobody changed it since {@code expectedVersion}; CONFLICT otherwise. */
    void update(Patient patient, long expectedVersion);

    /** Re-sorts every member's patient list entry after the patient's kana changed. */
    void resortTeam(String patientId, String patientKana);

    /** Stores a consent; CONFLICT when one with its id exists (a retried registration). */
    void addConsent(Consent consent);

    /** The patient's consents, newest first. */
    List<Consent> consents(String patientId);

    /** The member, unless absent or withdrawn: the care-team gate's one read. */
    Optional<CareTeamMember> member(String patientId, String userId);

    /** The whole care team (a team is small: one query), withdrawn member items included. */
    List<CareTeamMember> team(String patientId);

    /** Adds a member, sorted for the member's patient list by the patient's kana; CONFLICT if already in. */
    void addMember(CareTeamMember member, String patientKana);

    /** Removes a member unless it is the last one; false when it was the last (nothing removed then). */
    boolean removeMember(String patientId, String userId);

    /**
     * A user's patients in kana order, optionally those whose kana starts with {@code kanaPrefix}, each with how many
     * posts the user has not read yet.
     */
    List<Caring> patientsOf(String userId, Optional<String> kanaPrefix, Optional<String> afterPatientId, int limit);

    /** One of a user's patients and the number of posts posted since the user joined that the user has not read. */
    record Caring(String patientId, long unread) {
    }

    /**
     * Counts a new post as unread for every member but its author. Members' counters change one by one; a member
     * removed meanwhile is not brought back.
     */
    void countUnread(String patientId, String authorId);

    /** Counts one post as read by this member (never below zero). */
    void countRead(String patientId, String userId);

    /** The patients of these ids (one batch read), in the order given, missing and withdrawn ones left out. */
    List<Patient> findAll(List<String> patientIds);

    void createConsentForm(ConsentForm form);

    Optional<ConsentForm> consentForm(String formId);

    /** Marks a form used by its patient's registration; false when it was used already. */
    boolean useConsentForm(String formId);
}
