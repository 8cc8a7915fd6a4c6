package jp.igetanet.consent;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.ConsentForm;
import jp.igetanet.core.patient.Patient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.patient.PatientFixtures.BABA;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsentDeskTest {

    private static final String TODAY = "2026-12-07";

    private final ConsentDesks desks = new ConsentDesks();
    private final ConsentDesk consents = desks.consentDesk;
    private final Patient aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

    private static ConsentRecordRequest byTheFamily(String formId) {
        return new ConsentRecordRequest("family", new ConsentRecordRequest.Family("青木 一郎", "長男", "unable"), TODAY,
                formId);
    }

    private static ConsentRecordRequest byThePatient(String consentedOn, String formId) {
        return new ConsentRecordRequest("patient", null, consentedOn, formId);
    }

    @Test
    void familyConsentingWhenThePatientNoLongerCanIsRecordedWithItsScan() {
        ConsentForm scan = desks.aScanUploaded(aoki.id(), aHomeDoctor());

        Consent consent = consents.record(as(aHomeDoctor()), aoki.id(), byTheFamily(scan.id()));

        assertEquals(new Consent(aoki.id(), scan.id(), Consent.ConsentGiver.FAMILY, "青木 一郎", "長男",
                Consent.FamilyReason.UNABLE, LocalDate.parse(TODAY), aHomeDoctor().userId(), scan.id(), ConsentDesks.NOW),
                consent);
        assertTrue(desks.patients.consentForm(scan.id()).orElseThrow().used());
        assertEquals(List.of(AuditAction.CONSENT_RECORDED), desks.audit.actionsBy(aHomeDoctor().userId()));
    }

    @Test
    void theHistoryIsNewestFirstSoThatTheConsentInForceComesFirst() {
        ConsentForm first = desks.aScanUploaded(aoki.id(), aVisitingNurse());
        consents.record(as(aVisitingNurse()), aoki.id(), byThePatient("2026-12-01", first.id()));
        desks.clock.advance(Duration.ofDays(2));
        ConsentForm renewed = desks.aScanUploaded(aoki.id(), aHomeDoctor());
        consents.record(as(aHomeDoctor()), aoki.id(), byTheFamily(renewed.id()));

        assertEquals(List.of(renewed.id(), first.id()), consents.history(as(aVisitingNurse()), aoki.id()).stream()
                .map(Consent::id).toList());
        assertEquals(List.of(AuditAction.CONSENT_RECORDED, AuditAction.CONSENTS_READ),
                desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aScanCarriesOneConsentOfItsOwnPatientByItsOwnUploader() {
        aPatientCaredBy(desks.patients, BABA, "馬場 ハル", "ババ ハル", aVisitingNurse());
        ConsentForm ofBaba = desks.aScanUploaded(BABA, aVisitingNurse());
        ConsentForm doctors = desks.aScanUploaded(aoki.id(), aHomeDoctor());
        ConsentForm used = desks.aScanUploaded(aoki.id(), aVisitingNurse());
        consents.record(as(aVisitingNurse()), aoki.id(), byThePatient(TODAY, used.id()));

        for (ConsentForm scan : List.of(ofBaba, doctors, used)) {
            assertEquals(List.of("formId"), refusedFields(() ->
                    consents.record(as(aVisitingNurse()), aoki.id(), byThePatient(TODAY, scan.id()))));
        }
        assertEquals(1, consents.history(as(aVisitingNurse()), aoki.id()).size());
    }

    @Test
    void aScanNeverSentEmptyTooLargeOrADayOldIsRefused() {
        ConsentForm neverSent = desks.aScanStarted(aoki.id(), aVisitingNurse());
        ConsentForm empty = desks.aScanUploaded(aoki.id(), aVisitingNurse());
        desks.files.put(empty.objectKey(), "application/pdf", 0);
        ConsentForm tooLarge = desks.aScanUploaded(aoki.id(), aVisitingNurse());
        desks.files.put(tooLarge.objectKey(), "application/pdf", 11L * 1024 * 1024);
        ConsentForm dayOld = desks.aScanUploaded(aoki.id(), aVisitingNurse());
        desks.clock.advance(Duration.ofDays(1));

        for (ConsentForm scan : List.of(neverSent, empty, tooLarge, dayOld)) {
            assertEquals(List.of("formId"), refusedFields(() ->
                    consents.record(as(aVisitingNurse()), aoki.id(), byThePatient("2026-12-07", scan.id()))));
        }
    }

    @Test
    void theConsentIsOfTheLastYearAndItsGiverSaysWhatIsNeeded() {
        ConsentForm scan = desks.aScanUploaded(aoki.id(), aVisitingNurse());

        assertEquals(List.of("consentedOn"), refusedFields(() ->
                consents.record(as(aVisitingNurse()), aoki.id(), byThePatient("2025-12-06", scan.id()))));
        assertEquals(List.of("consentedOn"), refusedFields(() ->
                consents.record(as(aVisitingNurse()), aoki.id(), byThePatient("2026-12-08", scan.id()))));
        assertEquals(List.of("givenBy"), refusedFields(() -> consents.record(as(aVisitingNurse()), aoki.id(),
                new ConsentRecordRequest("neighbour", null, TODAY, scan.id()))));
        assertEquals(List.of("family"), refusedFields(() -> consents.record(as(aVisitingNurse()), aoki.id(),
                new ConsentRecordRequest("patient", new ConsentRecordRequest.Family("青木 一郎", "長男", "unable"),
                        TODAY, scan.id()))));
        assertEquals(List.of("family"), refusedFields(() -> consents.record(as(aVisitingNurse()), aoki.id(),
                new ConsentRecordRequest("family", null, TODAY, scan.id()))));
        assertEquals(Consent.ConsentGiver.PATIENT, consents.record(as(aVisitingNurse()), aoki.id(),
                byThePatient("2025-12-07", scan.id())).givenBy());
    }

    @Test
    void outsidersReadAndRecordNothingAndLearnNothing() {
        ConsentForm pharmacists = desks.aScanUploaded(aoki.id(), aPharmacist());

        for (Caller outsider : List.of(aPharmacist(), anOperator(), aNurseOfAnotherNetwork())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> consents.history(as(outsider), aoki.id())));
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                    consents.record(as(outsider), aoki.id(), byThePatient(TODAY, pharmacists.id()))));
        }
        assertEquals(List.of(), consents.history(as(aVisitingNurse()), aoki.id()));
    }
}
