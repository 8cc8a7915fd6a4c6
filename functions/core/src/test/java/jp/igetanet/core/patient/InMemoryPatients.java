package jp.igetanet.core.patient;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.KanaReading;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Patients} and the gate's {@link Memberships} in memory for unit tests of desks, keeping the stored rules of
 * the domain table: ids are never taken twice, a withdrawn patient and its members are gone for every reader while
 * their items stay, the team's size guards its last member, and a member's patient list is in kana order.
 */
public class InMemoryPatients implements Patients, Memberships {

    private final Map<String, Patient> patients = new HashMap<>();
    /** The withdrawal that took each withdrawn patient; its items stay until the purge deletes them. */
    private final Map<String, String> withdrawnBy = new HashMap<>();
    /** Member items by patient, in the order of their sort key (the user's id). */
    private final Map<String, TreeMap<String, MemberItem>> members = new HashMap<>();
    private final Map<String, Long> teamSizes = new HashMap<>();
    private final Map<String, TreeMap<String, Consent>> consents = new HashMap<>();
    private final Map<String, ConsentForm> forms = new HashMap<>();

    /**
     * A member item: the member, its place in the member's patient list by kana, the patient's latest post (or the
     * member's joining), its unread posts, its withdrawal mark.
     */
    private static final class MemberItem {
        final CareTeamMember member;
        String sortKey;
        Instant activityAt;
        long unread;
        boolean withdrawn;

        MemberItem(CareTeamMember member, String sortKey) {
            this.member = member;
            this.sortKey = sortKey;
            this.activityAt = member.addedAt();
        }
    }

    /** The activity list's order, as the table's: the latest first, then the patient id backwards. */
    private static final Comparator<MemberItem> LATEST_FIRST = Comparator.<MemberItem, Instant>comparing(item -> item.activityAt)
            .thenComparing(item -> item.member.patientId()).reversed();

    /** Stores a patient as it is, for arranging a test (the desks store theirs through an access). */
    public synchronized void put(Patient patient) {
        patients.put(patient.id(), patient);
    }

    /** Stores a member of a stored patient as it is, sorted by the patient's kana, for arranging a test. */
    public synchronized void putMember(CareTeamMember member) {
        Patient patient = Objects.requireNonNull(patients.get(member.patientId()), "put the patient first");
        storeMember(member, patient.kana());
    }

    @Override
    public synchronized Optional<Patient> find(CareTeamAccess access) {
        return stored(access.patientId());
    }

    @Override
    public synchronized Optional<String> networkOf(String patientId) {
        return stored(patientId).map(Patient::networkId);
    }

    @Override
    public synchronized Optional<String> registrant(String patientId) {
        return stored(patientId).map(Patient::registeredBy);
    }

    private Optional<Patient> stored(String patientId) {
        return Optional.ofNullable(patients.get(patientId)).filter(patient -> !withdrawnBy.containsKey(patient.id()));
    }

    @Override
    public synchronized boolean withdraw(String patientId, String withdrawalId) {
        if (patients.containsKey(patientId)) {
            withdrawnBy.putIfAbsent(patientId, withdrawalId);
        }
        boolean ours = withdrawalId.equals(withdrawnBy.get(patientId));
        if (ours) {
            membersOf(patientId).values().forEach(item -> item.withdrawn = true);
        }
        return ours;
    }

    @Override
    public synchronized void create(CareTeamAccess access, Patient patient) {
        access.requireSamePatient(patient.id());
        if (patients.putIfAbsent(patient.id(), patient) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    @Override
    public synchronized void update(CareTeamAccess access, Patient patient, long expectedVersion) {
        access.requireSamePatient(patient.id());
        Patient current = patients.get(patient.id());
        if (current == null || current.version() != expectedVersion) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        patients.put(patient.id(), patient);
    }

    @Override
    public synchronized void resortTeam(CareTeamAccess access, String patientKana) {
        membersOf(access.patientId()).values()
                .forEach(item -> item.sortKey = careSortKey(patientKana, access.patientId()));
    }

    @Override
    public synchronized void addConsent(CareTeamAccess access, Consent consent) {
        access.requireSamePatient(consent.patientId());
        if (consents.computeIfAbsent(consent.patientId(), id -> new TreeMap<>())
                .putIfAbsent(consent.id(), consent) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    /** Newest first: consents take their forms' ids, which sort by time. */
    @Override
    public synchronized List<Consent> consents(CareTeamAccess access) {
        return List.copyOf(consents.getOrDefault(access.patientId(), new TreeMap<>()).descendingMap().values());
    }

    @Override
    public synchronized Optional<CareTeamMember> member(String patientId, String userId) {
        return Optional.ofNullable(membersOf(patientId).get(userId)).filter(item -> !item.withdrawn)
                .map(item -> item.member);
    }

    @Override
    public synchronized Optional<CareTeamMember> teamMember(CareTeamAccess access, String userId) {
        return member(access.patientId(), userId);
    }

    @Override
    public synchronized List<CareTeamMember> team(CareTeamAccess access) {
        return membersOf(access.patientId()).values().stream().map(item -> item.member).toList();
    }

    @Override
    public synchronized void addMember(CareTeamAccess access, CareTeamMember member, String patientKana) {
        access.requireSamePatient(member.patientId());
        if (membersOf(member.patientId()).containsKey(member.userId())) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
        storeMember(member, patientKana);
    }

    private void storeMember(CareTeamMember member, String patientKana) {
        members.computeIfAbsent(member.patientId(), id -> new TreeMap<>())
                .put(member.userId(), new MemberItem(member, careSortKey(patientKana, member.patientId())));
        teamSizes.merge(member.patientId(), 1L, Long::sum);
    }

    /** As the table does: USER_UNKNOWN for no such member; false, and nothing removed, for the last one. */
    @Override
    public synchronized boolean removeMember(CareTeamAccess access, String userId) {
        String patientId = access.patientId();
        if (member(patientId, userId).isEmpty()) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        if (teamSizes.getOrDefault(patientId, 0L) <= 1) {
            return false;
        }
        teamSizes.merge(patientId, -1L, Long::sum);
        membersOf(patientId).remove(userId);
        return true;
    }

    @Override
    public synchronized List<Caring> patientsOf(String userId, Optional<String> kanaPrefix,
                                                Optional<String> afterPatientId, int limit) {
        Optional<String> prefix = kanaPrefix.map(KanaReading::normalize);
        Optional<MemberItem> after = afterPatientId.map(patientId -> membersOf(patientId).get(userId))
                .filter(item -> !item.withdrawn);
        Comparator<MemberItem> order = prefix.isPresent() ? Comparator.comparing(item -> item.sortKey) : LATEST_FIRST;
        return members.values().stream()
                .map(team -> team.get(userId))
                .filter(item -> item != null && !item.withdrawn)
                .filter(item -> prefix.map(item.sortKey::startsWith).orElse(true))
                .filter(item -> after.map(start -> order.compare(item, start) > 0).orElse(true))
                .sorted(order)
                .limit(limit)
                .map(item -> new Caring(item.member.patientId(), item.member.patientNetworkId(), item.unread))
                .toList();
    }

    @Override
    public synchronized void notePost(CareTeamAccess access, Instant postedAt) {
        membersOf(access.patientId()).values().stream().filter(item -> !item.withdrawn).forEach(item -> {
            item.activityAt = postedAt;
            if (!item.member.userId().equals(access.userId())) {
                item.unread++;
            }
        });
    }

    @Override
    public synchronized void countRead(CareTeamAccess access) {
        Optional.ofNullable(membersOf(access.patientId()).get(access.userId())).filter(item -> item.unread > 0)
                .ifPresent(item -> item.unread--);
    }

    @Override
    public synchronized List<Patient> findAll(List<CareTeamAccess> accesses) {
        return accesses.stream().map(access -> stored(access.patientId())).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized void createConsentForm(ConsentForm form) {
        if (forms.putIfAbsent(form.id(), form) != null) {
            throw new ApiException(ErrorCode.CONFLICT);
        }
    }

    /** As stored: a form past its day stays until the table's TTL removes it; the rules check its day. */
    @Override
    public synchronized Optional<ConsentForm> consentForm(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    @Override
    public synchronized boolean useConsentForm(String formId) {
        ConsentForm form = forms.get(formId);
        if (form == null || form.used()) {
            return false;
        }
        forms.put(formId, new ConsentForm(form.id(), form.patientId(), form.objectKey(), form.contentType(),
                form.uploadedBy(), form.createdAt(), form.usableUntil(), true));
        return true;
    }

    private TreeMap<String, MemberItem> membersOf(String patientId) {
        return members.getOrDefault(patientId, new TreeMap<>());
    }

    private static String careSortKey(String patientKana, String patientId) {
        return KanaReading.normalize(patientKana) + "#" + patientId;
    }
}
