package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.KanaReading;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Memberships;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Patients;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** {@link Patients} and the gate's {@link Memberships} in the domain table; the keys are listed in {@link DomainTable}. */
@Singleton
public class DynamoPatients implements Patients, Memberships {

    private static final String TEAM_SIZE = "teamSize";
    /** On the patient item and on member items of a withdrawn patient (§14-2): the withdrawal's id. */
    private static final String WITHDRAWAL_ID = "withdrawalId";

    private final ItemStore items;

    DynamoPatients(ItemStore items) {
        this.items = items;
    }

    public static DynamoPatients on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoPatients(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public Optional<Patient> find(CareTeamAccess access) {
        return stored(access.patientId()).map(PatientItems::fromItem);
    }

    @Override
    public Optional<String> networkOf(String patientId) {
        return stored(patientId).map(PatientItems::networkOf);
    }

    @Override
    public Optional<String> registrant(String patientId) {
        return stored(patientId).map(PatientItems::registrantOf);
    }

    private Optional<Map<String, AttributeValue>> stored(String patientId) {
        return items.get(Keys.patient(patientId)).filter(DynamoPatients::notWithdrawn);
    }

    @Override
    public boolean withdraw(String patientId, String withdrawalId) {
        boolean ours = markWithdrawn(patientId, withdrawalId)
                || withdrawalOf(patientId).filter(withdrawalId::equals).isPresent();
        if (ours) {
            for (CareTeamMember member : teamOf(patientId)) {
                withdrawMember(patientId, member.userId(), withdrawalId);
            }
        }
        return ours;
    }

    /** The id of the withdrawal that took this patient, if one did and the patient item is still there. */
    private Optional<String> withdrawalOf(String patientId) {
        return items.get(Keys.patient(patientId)).map(item -> string(item, WITHDRAWAL_ID));
    }

    private boolean markWithdrawn(String patientId, String withdrawalId) {
        return items.updateIf(Keys.patient(patientId), "SET #withdrawal = :withdrawal",
                "attribute_exists(#pk) AND attribute_not_exists(#withdrawal)",
                Map.of("#withdrawal", WITHDRAWAL_ID, "#pk", Keys.PK), Map.of(":withdrawal", s(withdrawalId)));
    }

    private void withdrawMember(String patientId, String userId, String withdrawalId) {
        items.updateIf(Keys.careTeamMember(patientId, userId),
                "SET #withdrawal = :withdrawal REMOVE #carePk, #careSk, #activityPk, #activitySk", "attribute_exists(#pk)",
                Map.of("#withdrawal", WITHDRAWAL_ID, "#carePk", Keys.GSI1PK, "#careSk", Keys.GSI1SK,
                        "#activityPk", Keys.GSI2PK, "#activitySk", Keys.GSI2SK, "#pk", Keys.PK),
                Map.of(":withdrawal", s(withdrawalId)));
    }

    private static boolean notWithdrawn(Map<String, AttributeValue> item) {
        return !item.containsKey(WITHDRAWAL_ID);
    }

    @Override
    public void create(CareTeamAccess access, Patient patient) {
        access.requireSamePatient(patient.id());
        items.create(PatientItems.toItem(patient));
    }

    /**
     * The replacement also requires the patient not withdrawn: a change landing just as a withdrawal marks the patient
     * must not drop the mark. A withdrawn patient is 404, as for every reader.
     */
    @Override
    public void update(CareTeamAccess access, Patient patient, long expectedVersion) {
        access.requireSamePatient(patient.id());
        if (!items.replaceIf(PatientItems.toItem(patient), "#version = :expected AND attribute_not_exists(#withdrawal)",
                Map.of("#version", "version", "#withdrawal", WITHDRAWAL_ID), Map.of(":expected", n(expectedVersion)))) {
            throw new ApiException(stored(patient.id()).isPresent() ? ErrorCode.CONFLICT : ErrorCode.PATIENT_UNKNOWN);
        }
    }

    @Override
    public void resortTeam(CareTeamAccess access, String patientKana) {
        String patientId = access.patientId();
        for (CareTeamMember member : teamOf(patientId)) {
            items.updateIf(Keys.careTeamMember(patientId, member.userId()), "SET #sk = :sk", "attribute_exists(#pk)",
                    Map.of("#sk", Keys.GSI1SK, "#pk", Keys.PK),
                    Map.of(":sk", s(CareTeamMemberItems.careSortKey(patientKana, patientId))));
        }
    }

    @Override
    public void addConsent(CareTeamAccess access, Consent consent) {
        access.requireSamePatient(consent.patientId());
        items.create(ConsentItems.toItem(consent));
    }

    @Override
    public List<Consent> consents(CareTeamAccess access) {
        return items.query(partition(access.patientId(), Keys.CONSENT).scanIndexForward(false)).items().stream()
                .map(ConsentItems::fromItem).toList();
    }

    @Override
    public Optional<CareTeamMember> member(String patientId, String userId) {
        return items.get(Keys.careTeamMember(patientId, userId)).filter(DynamoPatients::notWithdrawn)
                .map(CareTeamMemberItems::fromItem);
    }

    @Override
    public Optional<CareTeamMember> teamMember(CareTeamAccess access, String userId) {
        return member(access.patientId(), userId);
    }

    @Override
    public List<CareTeamMember> team(CareTeamAccess access) {
        return teamOf(access.patientId());
    }

    private List<CareTeamMember> teamOf(String patientId) {
        return items.query(partition(patientId, Keys.MEMBER)).items().stream().map(CareTeamMemberItems::fromItem)
                .toList();
    }

    /** The member item first (never twice), then the team's size: a failure in between undercounts, never over. */
    @Override
    public void addMember(CareTeamAccess access, CareTeamMember member, String patientKana) {
        access.requireSamePatient(member.patientId());
        items.create(CareTeamMemberItems.toItem(member, patientKana));
        items.update(Keys.patientTeam(member.patientId()), "ADD #size :one", Map.of("#size", TEAM_SIZE),
                Map.of(":one", n(1)));
    }

    /** The team's size goes down only while more than one remain; then the member item goes. */
    @Override
    public boolean removeMember(CareTeamAccess access, String userId) {
        String patientId = access.patientId();
        if (member(patientId, userId).isEmpty()) {
            throw new ApiException(ErrorCode.USER_UNKNOWN);
        }
        if (!items.updateIf(Keys.patientTeam(patientId), "ADD #size :minusOne", "#size > :one",
                Map.of("#size", TEAM_SIZE), Map.of(":minusOne", n(-1), ":one", n(1)))) {
            return false;
        }
        items.deleteIf(Keys.careTeamMember(patientId, userId), "attribute_exists(#pk)", Map.of("#pk", Keys.PK), Map.of());
        return true;
    }

    @Override
    public List<Caring> patientsOf(String userId, Optional<String> kanaPrefix, Optional<String> afterPatientId, int limit) {
        // the latest posted to first (GSI2, backwards), or a kana search in kana order (GSI1)
        boolean byKana = kanaPrefix.isPresent();
        String index = byKana ? Keys.GSI1 : Keys.GSI2;
        String pk = byKana ? Keys.GSI1PK : Keys.GSI2PK;
        String sk = byKana ? Keys.GSI1SK : Keys.GSI2SK;
        var request = software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .indexName(index).scanIndexForward(byKana).limit(limit);
        Map<String, String> names = new HashMap<>(Map.of("#pk", pk));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk",
                s(byKana ? Keys.carePartition(userId) : Keys.activityPartition(userId))));
        String condition = "#pk = :pk";
        if (byKana) {
            condition += " AND begins_with(#sk, :prefix)";
            names.put("#sk", sk);
            values.put(":prefix", s(KanaReading.normalize(kanaPrefix.get())));
        }
        request.keyConditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values);
        // a member item of a withdrawn patient has left the list's indexes: such a cursor starts the list again, as an
        // unknown one does
        afterPatientId.flatMap(after -> items.get(Keys.careTeamMember(after, userId)))
                .filter(after -> after.containsKey(pk) && after.containsKey(sk)).ifPresent(after -> {
            Map<String, AttributeValue> start = new HashMap<>(Keys.careTeamMember(string(after, "patientId"), userId));
            start.put(pk, after.get(pk));
            start.put(sk, after.get(sk));
            request.exclusiveStartKey(start);
        });
        return items.query(request).items().stream().map(CareTeamMemberItems::caringOf).toList();
    }

    @Override
    public void notePost(CareTeamAccess access, Instant postedAt) {
        String patientId = access.patientId();
        String authorId = access.userId();
        AttributeValue activity = s(Keys.activitySortKey(postedAt, patientId));
        // members still in the lists (a withdrawal removes their list keys) move up in theirs; both activity keys are
        // set, so that an item from before the activity list joins it
        for (CareTeamMember member : teamOf(patientId)) {
            boolean author = member.userId().equals(authorId);
            Map<String, String> names = new HashMap<>(Map.of("#carePk", Keys.GSI1PK, "#activityPk", Keys.GSI2PK,
                    "#activity", Keys.GSI2SK));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":activity", activity,
                    ":activityPk", s(Keys.activityPartition(member.userId()))));
            if (!author) {
                names.put("#unread", CareTeamMemberItems.UNREAD);
                values.put(":one", n(1));
            }
            items.updateIf(Keys.careTeamMember(patientId, member.userId()),
                    "SET #activityPk = :activityPk, #activity = :activity" + (author ? "" : " ADD #unread :one"),
                    "attribute_exists(#carePk)", names, values);
        }
    }

    @Override
    public void countRead(CareTeamAccess access) {
        items.updateIf(Keys.careTeamMember(access.patientId(), access.userId()), "ADD #unread :minusOne",
                "#unread > :zero", Map.of("#unread", CareTeamMemberItems.UNREAD),
                Map.of(":minusOne", n(-1), ":zero", n(0)));
    }

    @Override
    public List<Patient> findAll(List<CareTeamAccess> accesses) {
        List<String> patientIds = accesses.stream().map(CareTeamAccess::patientId).toList();
        Map<String, Patient> found = items.getAll(patientIds.stream().distinct().map(Keys::patient).toList()).stream()
                .filter(DynamoPatients::notWithdrawn).map(PatientItems::fromItem)
                .collect(Collectors.toMap(Patient::id, Function.identity()));
        return patientIds.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void createConsentForm(ConsentForm form) {
        items.create(ConsentFormItems.toItem(form));
    }

    @Override
    public Optional<ConsentForm> consentForm(String formId) {
        return items.get(Keys.consentForm(formId)).map(ConsentFormItems::fromItem);
    }

    /** A used form's item stays as the consent's evidence: it loses its expiry. */
    @Override
    public boolean useConsentForm(String formId) {
        return items.updateIf(Keys.consentForm(formId), "SET #used = :yes REMOVE #expires",
                "attribute_exists(#pk) AND attribute_not_exists(#used)",
                Map.of("#used", ConsentFormItems.USED, "#expires", Keys.EXPIRES_AT, "#pk", Keys.PK),
                Map.of(":yes", s("true")));
    }

    private static software.amazon.awssdk.services.dynamodb.model.QueryRequest.Builder partition(String patientId,
                                                                                              String skPrefix) {
        return software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Keys.PK, "#sk", Keys.SK))
                .expressionAttributeValues(Map.of(":pk", s(Keys.PATIENT + patientId), ":prefix", s(skPrefix)))
                .consistentRead(true);
    }
}
