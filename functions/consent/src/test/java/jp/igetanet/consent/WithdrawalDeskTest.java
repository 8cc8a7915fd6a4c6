package jp.igetanet.consent;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.audit.AuditEvent;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.InMemoryPatients;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Withdrawal;
import jp.igetanet.core.patient.WithdrawalStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static jp.igetanet.core.caller.Callers.NISHIO;
import static jp.igetanet.core.caller.Callers.OKAZAKI_NURSING_STATION;
import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aUser;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WithdrawalDeskTest {

    private static final String TODAY = "2026-12-07";

    private ConsentDesks desks = new ConsentDesks();
    private Patient aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

    private static WithdrawalRequest theSonAsked() {
        return new WithdrawalRequest("family", "長男", TODAY, "訪問時に口頭で申し出あり");
    }

    private Withdrawal withdrawnByTheNurse() {
        return desks.withdrawalDesk.withdraw(as(aVisitingNurse()), aoki.id(), theSonAsked());
    }

    @Test
    void fromTheAnswerOnThePatientIsGoneForEveryMemberAndThePurgeIsQueued() {
        Withdrawal withdrawal = withdrawnByTheNurse();

        for (Caller member : List.of(aVisitingNurse(), aHomeDoctor())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.consentDesk.history(as(member), aoki.id())));
        }
        assertEquals(Optional.empty(), desks.patients.networkOf(aoki.id()));
        assertEquals(List.of(), desks.patients.patientsOf(aHomeDoctor().userId(), Optional.empty(), Optional.empty(), 20));
        assertEquals(List.of(withdrawal.id()), desks.queue.offered());
        assertEquals(List.of(AuditAction.CONSENT_WITHDRAWN), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void theWithdrawalRecordsWhoAskedWhenAndWhoFiledIt() {
        Withdrawal withdrawal = withdrawnByTheNurse();

        assertEquals(WithdrawalStatus.ACCEPTED, withdrawal.status());
        assertEquals(Withdrawal.patientRef(aoki.id()), withdrawal.patientRef());
        assertEquals(aoki.id(), withdrawal.patientId());
        assertEquals(NISHIO, withdrawal.networkId());
        assertEquals(Consent.ConsentGiver.FAMILY, withdrawal.requestedBy());
        assertEquals("長男", withdrawal.relation());
        assertEquals(LocalDate.parse(TODAY), withdrawal.receivedOn());
        assertEquals(aVisitingNurse().userId(), withdrawal.filedBy());
        assertEquals(aVisitingNurse().facilityId(), withdrawal.filedByFacilityId());
        assertEquals(ConsentDesks.NOW, withdrawal.acceptedAt());
        assertNull(withdrawal.items());
        assertEquals(Optional.of(withdrawal), desks.withdrawals.ofPatient(aoki.id()));
    }

    @Test
    void theRequestIsCheckedFieldByFieldBeforeAnythingHappens() {
        assertEquals(List.of("relation"), refusedFields(() -> desks.withdrawalDesk.withdraw(as(aVisitingNurse()),
                aoki.id(), new WithdrawalRequest("family", " ", TODAY, null))));
        assertEquals(List.of("relation"), refusedFields(() -> desks.withdrawalDesk.withdraw(as(aVisitingNurse()),
                aoki.id(), new WithdrawalRequest("patient", "長男", TODAY, null))));
        assertEquals(List.of("requestedBy", "receivedOn"), refusedFields(() -> desks.withdrawalDesk.withdraw(
                as(aVisitingNurse()), aoki.id(), new WithdrawalRequest("neighbour", null, "2026-12-08", null))));
        assertEquals(List.of("receivedOn"), refusedFields(() -> desks.withdrawalDesk.withdraw(as(aVisitingNurse()),
                aoki.id(), new WithdrawalRequest("patient", null, "2025-12-06", null))));
        assertEquals(List.of("note"), refusedFields(() -> desks.withdrawalDesk.withdraw(as(aVisitingNurse()),
                aoki.id(), new WithdrawalRequest("patient", null, TODAY, "あ".repeat(501)))));

        assertEquals(List.of(), desks.queue.offered());
        assertEquals(aoki.networkId(), desks.patients.networkOf(aoki.id()).orElseThrow());
    }

    @Test
    void aBlankNoteIsNoNote() {
        Withdrawal withdrawal = desks.withdrawalDesk.withdraw(as(aVisitingNurse()), aoki.id(),
                new WithdrawalRequest("patient", null, TODAY, "  "));

        assertNull(withdrawal.note());
        assertNull(withdrawal.relation());
    }

    @Test
    void outsidersCannotWithdrawAPatientTheyDoNotCareFor() {
        for (Caller outsider : List.of(aPharmacist(), anOperator())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                    desks.withdrawalDesk.withdraw(as(outsider), aoki.id(), theSonAsked())));
        }
        assertEquals(Optional.empty(), desks.withdrawals.ofPatient(aoki.id()));
    }

    @Test
    void aSecondWithdrawalFindsNoPatient() {
        withdrawnByTheNurse();

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                desks.withdrawalDesk.withdraw(as(aHomeDoctor()), aoki.id(), theSonAsked())));
        assertEquals(1, desks.queue.offered().size());
    }

    @Test
    void aWithdrawalThatLosesTheRaceForThePatientIsForgottenAndAnsweredNotFound() {
        // two members file at the same moment: the other withdrawal marks the patient between this one's store and mark
        InMemoryPatients racing = new InMemoryPatients() {
            @Override
            public synchronized boolean withdraw(String patientId, String withdrawalId) {
                super.withdraw(patientId, "01KDWDR1AA0000000000000001");
                return super.withdraw(patientId, withdrawalId);
            }
        };
        desks = new ConsentDesks(racing);
        aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(this::withdrawnByTheNurse));

        assertEquals(Optional.empty(), desks.withdrawals.ofPatient(aoki.id()));
        assertEquals(List.of(), desks.queue.offered());
        assertEquals(List.of(), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void whenTheQueueCannotBeReachedThePatientIsWithdrawnAllTheSameAndLeftOpenForTheSweep() {
        desks.queue.reachable(false);

        Withdrawal withdrawal = withdrawnByTheNurse();

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.consentDesk.history(as(aHomeDoctor()), aoki.id())));
        assertEquals(List.of(withdrawal), desks.withdrawals.openSince(ConsentDesks.NOW.plus(Duration.ofHours(1)), 10));
        assertEquals(List.of(AuditAction.CONSENT_WITHDRAWN), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void theReceiptIsForTheMemberWhoFiledItAndTheOperatorOfThePatientsNetwork() {
        Withdrawal withdrawal = withdrawnByTheNurse();
        Caller okazakiOperator = aUser("okazaki-operator", OKAZAKI_NURSING_STATION, "岡崎 事務", "オカザキ ジム",
                Profession.CITY_STAFF, Role.OPERATOR);

        assertEquals(withdrawal, desks.withdrawalDesk.find(as(aVisitingNurse()), withdrawal.id()));
        assertEquals(withdrawal, desks.withdrawalDesk.find(as(anOperator()), withdrawal.id()));
        for (Caller other : List.of(aHomeDoctor(), okazakiOperator)) {
            assertEquals(ErrorCode.WITHDRAWAL_UNKNOWN, refusal(() ->
                    desks.withdrawalDesk.find(as(other), withdrawal.id())));
        }
        assertEquals(ErrorCode.WITHDRAWAL_UNKNOWN, refusal(() -> desks.withdrawalDesk.find(as(aVisitingNurse()),
                "../" + withdrawal.id())));

        AuditEvent read = desks.audit.events().stream()
                .filter(event -> event.action() == AuditAction.WITHDRAWAL_READ).findFirst().orElseThrow();
        assertEquals("consent-withdrawal", read.targetType());
        assertEquals(withdrawal.id(), read.targetId());
        assertTrue(desks.audit.actionsBy(anOperator().userId()).contains(AuditAction.WITHDRAWAL_READ));
    }

    @Test
    void aCompletedReceiptStillAnswersItsFilerWithoutThePatientOrTheNote() {
        Withdrawal withdrawal = withdrawnByTheNurse();
        desks.withdrawals.startPurge(withdrawal.id(), ConsentDesks.NOW);
        desks.withdrawals.fixCounts(withdrawal.id(), 42, 3);
        desks.withdrawals.complete(withdrawal.id(), ConsentDesks.NOW.plus(Duration.ofMinutes(2)));

        Withdrawal receipt = desks.withdrawalDesk.find(as(aVisitingNurse()), withdrawal.id());

        assertEquals(WithdrawalStatus.COMPLETED, receipt.status());
        assertNull(receipt.patientId());
        assertNull(receipt.note());
        assertEquals(42L, receipt.items());
        assertEquals(3L, receipt.objects());
        assertEquals(withdrawal.patientRef(), receipt.patientRef());
    }
}
