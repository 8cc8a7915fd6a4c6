package jp.igetanet.core.patient;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.network.InMemoryAgreements;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.patient.PatientFixtures.AOKI;
import static jp.igetanet.core.patient.PatientFixtures.BABA;
import static jp.igetanet.core.patient.PatientFixtures.aMemberOf;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake keeps the documented rules of {@link Patients} and {@link Memberships}, so that desk tests can fail. */
class InMemoryPatientsTest {

    private final InMemoryPatients patients = new InMemoryPatients();
    private final CareTeamGate gate = new CareTeamGate(patients, new InMemoryAgreements());

    @Test
    void aWithdrawnPatientIsGoneForEveryReaderAndStaysTheFirstWithdrawalsOwn() {
        Patient aoki = aPatientCaredBy(patients, aVisitingNurse(), aHomeDoctor());
        CareTeamAccess access = gate.require(aVisitingNurse(), AOKI);

        assertTrue(patients.withdraw(AOKI, "withdrawal-1"));

        assertEquals(Optional.empty(), patients.find(access));
        assertEquals(Optional.empty(), patients.networkOf(AOKI));
        assertEquals(Optional.empty(), patients.registrant(AOKI));
        assertEquals(Optional.empty(), patients.member(AOKI, aHomeDoctor().userId()));
        assertEquals(List.of(), patients.patientsOf(aHomeDoctor().userId(), Optional.empty(), Optional.empty(), 10));
        assertEquals(List.of(), patients.findAll(List.of(access)));
        assertEquals(2, patients.team(access).size(), "the member items stay until the purge");
        assertTrue(patients.withdraw(AOKI, "withdrawal-1"), "a retried withdrawal is still its own");
        assertFalse(patients.withdraw(AOKI, "withdrawal-2"));
        assertFalse(patients.withdraw(BABA, "withdrawal-3"), "no such patient");
        assertEquals(ErrorCode.PATIENT_UNKNOWN,
                assertThrows(ApiException.class, () -> gate.require(aVisitingNurse(), aoki.id())).code());
    }

    @Test
    void takenIdsAndStaleVersionsAreConflicts() {
        Patient aoki = aPatientCaredBy(patients, aVisitingNurse());
        CareTeamAccess access = gate.require(aVisitingNurse(), AOKI);

        assertEquals(ErrorCode.CONFLICT, assertThrows(ApiException.class, () -> patients.create(access, aoki)).code());
        assertEquals(ErrorCode.CONFLICT, assertThrows(ApiException.class, () ->
                patients.addMember(access, aMemberOf(aoki, aVisitingNurse(), aVisitingNurse()), aoki.kana())).code());
        patients.update(access, aoki.changed("青木 とめ", aoki.kana(), aoki.birthDate(), aoki.sex(), aoki.address(), null,
                null, PatientFixtures.REGISTERED), 1);
        assertEquals(ErrorCode.CONFLICT, assertThrows(ApiException.class, () -> patients.update(access, aoki, 1))
                .code());
        assertThrows(IllegalArgumentException.class, () -> patients.create(access,
                new Patient(BABA, "nishio", "馬場", "ババ", aoki.birthDate(), aoki.sex(), "", null, null, "x", 1,
                        PatientFixtures.REGISTERED, PatientFixtures.REGISTERED)));
    }

    @Test
    void theLastMemberStaysAndSomeoneNotInTheTeamIsUnknown() {
        aPatientCaredBy(patients, aVisitingNurse(), aHomeDoctor());
        CareTeamAccess access = gate.require(aVisitingNurse(), AOKI);

        assertTrue(patients.removeMember(access, aHomeDoctor().userId()));
        assertFalse(patients.removeMember(access, aVisitingNurse().userId()));
        assertEquals(1, patients.team(access).size());
        assertEquals(ErrorCode.USER_UNKNOWN, assertThrows(ApiException.class, () ->
                patients.removeMember(access, aHomeDoctor().userId())).code());
    }

    @Test
    void aKanaSearchListsInKanaOrderAndFollowsAChangedKana() {
        aPatientCaredBy(patients, AOKI, "青木 トメ", "アオキ トメ", aVisitingNurse());
        aPatientCaredBy(patients, BABA, "伊藤 ハル", "いとう はる", aVisitingNurse());

        assertEquals(List.of(AOKI, BABA), patientIds(Optional.of(""), Optional.empty()));
        assertEquals(List.of(BABA), patientIds(Optional.of("イト"), Optional.empty()));
        assertEquals(List.of(BABA), patientIds(Optional.of(""), Optional.of(AOKI)));

        patients.resortTeam(gate.require(aVisitingNurse(), AOKI), "ワタナベ トメ");
        assertEquals(List.of(BABA, AOKI), patientIds(Optional.of(""), Optional.empty()));
    }

    @Test
    void theListPutsThePatientLatestPostedToFirst() {
        aPatientCaredBy(patients, AOKI, "青木 トメ", "アオキ トメ", aVisitingNurse());
        aPatientCaredBy(patients, BABA, "伊藤 ハル", "いとう はる", aVisitingNurse());
        patients.notePost(gate.require(aVisitingNurse(), BABA), Instant.parse("2026-11-01T00:00:00Z"));
        patients.notePost(gate.require(aVisitingNurse(), AOKI), Instant.parse("2026-11-02T00:00:00Z"));

        assertEquals(List.of(AOKI, BABA), patientIds(Optional.empty(), Optional.empty()));
        assertEquals(List.of(BABA), patientIds(Optional.empty(), Optional.of(AOKI)), "the next page after the cursor");

        patients.notePost(gate.require(aVisitingNurse(), BABA), Instant.parse("2026-11-03T00:00:00Z"));
        assertEquals(List.of(BABA, AOKI), patientIds(Optional.empty(), Optional.empty()));
    }

    @Test
    void unreadPostsAreCountedForTheOthersAndNeverBelowZero() {
        aPatientCaredBy(patients, aVisitingNurse(), aHomeDoctor());

        patients.notePost(gate.require(aVisitingNurse(), AOKI), Instant.parse("2026-11-01T00:00:00Z"));
        patients.countRead(gate.require(aHomeDoctor(), AOKI));
        patients.countRead(gate.require(aHomeDoctor(), AOKI));
        patients.notePost(gate.require(aVisitingNurse(), AOKI), Instant.parse("2026-11-01T00:00:00Z"));

        assertEquals(1, patients.patientsOf(aHomeDoctor().userId(), Optional.empty(), Optional.empty(), 10)
                .getFirst().unread());
        assertEquals(0, patients.patientsOf(aVisitingNurse().userId(), Optional.empty(), Optional.empty(), 10)
                .getFirst().unread());
    }

    private List<String> patientIds(Optional<String> prefix, Optional<String> after) {
        return patients.patientsOf(aVisitingNurse().userId(), prefix, after, 10).stream()
                .map(Memberships.Caring::patientId).toList();
    }
}
