package jp.igetanet.posting;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamMember;
import jp.igetanet.core.patient.Consent;
import jp.igetanet.core.patient.InMemoryPatients;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.patient.Sex;
import jp.igetanet.core.storage.FileStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aNurseOfAnotherNetwork;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.NISHIO;
import static jp.igetanet.core.caller.Callers.OKAZAKI;
import static jp.igetanet.core.network.AgreementFixtures.anAgreementInForce;
import static jp.igetanet.core.patient.PatientFixtures.AOKI;
import static jp.igetanet.core.patient.PatientFixtures.BABA;
import static jp.igetanet.core.patient.PatientFixtures.CHIBA;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientDeskTest {

    private static final String TODAY = "2026-12-07";

    private RecordDesks desks = new RecordDesks();

    /** The nurse's scan of a signed consent form for a new patient, started and uploaded as the app does. */
    private PatientDesk.Upload aScannedConsentForm(Caller uploader) {
        PatientDesk.Upload upload = desks.patientDesk.startConsentForm(as(uploader),
                new ConsentFormRequest("application/pdf", 180_000L, null));
        desks.files.upload(desks.patients.consentForm(upload.formId()).orElseThrow().objectKey());
        return upload;
    }

    private static PatientRequest aRegistrationOfTomeAoki(String formId) {
        return new PatientRequest("青木 トメ", "あおき とめ", "1938-05-12", "female", "愛知県西尾市寄住町2-3", "06230014",
                null, new PatientRequest.ConsentRequest("patient", null, TODAY, formId));
    }

    private CareTeamAccess accessOf(Caller caller, String patientId) {
        return desks.gate.require(caller, patientId);
    }

    @Test
    void aConsentFormIsUploadedUnderThePatientItReservesForADay() {
        PatientDesk.Upload upload = desks.patientDesk.startConsentForm(as(aVisitingNurse()),
                new ConsentFormRequest("application/pdf", 180_000L, null));

        var form = desks.patients.consentForm(upload.formId()).orElseThrow();
        assertEquals(FileStore.patientKey(form.patientId(), "consent-forms", upload.formId()), form.objectKey());
        assertEquals(new FileStore.DeclaredFile("application/pdf", 180_000L), desks.files.declared(form.objectKey())
                .orElseThrow());
        assertEquals(RecordDesks.NOW.plus(FileStore.URL_VALIDITY), upload.uploadUrlExpiresAt());
        assertEquals(RecordDesks.NOW.plus(Duration.ofDays(1)), form.usableUntil());
        assertEquals(List.of(AuditAction.CONSENT_FORM_UPLOAD_STARTED), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aConsentFormOfAnotherKindOrSizeIsRefused() {
        assertEquals(List.of("contentType", "bytes"), refusedFields(() -> desks.patientDesk.startConsentForm(
                as(aVisitingNurse()), new ConsentFormRequest("text/plain", 0L, null))));
        assertEquals(List.of("bytes"), refusedFields(() -> desks.patientDesk.startConsentForm(as(aVisitingNurse()),
                new ConsentFormRequest("image/jpeg", FileStore.MAX_BYTES + 1, null))));
    }

    @Test
    void aRenewedConsentFormIsOnlyForAPatientOfTheCallersCareTeam() {
        aPatientCaredBy(desks.patients, aVisitingNurse());

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.startConsentForm(as(aPharmacist()),
                new ConsentFormRequest("application/pdf", 1000L, AOKI))));
        PatientDesk.Upload renewal = desks.patientDesk.startConsentForm(as(aVisitingNurse()),
                new ConsentFormRequest("application/pdf", 1000L, AOKI));
        assertEquals(AOKI, desks.patients.consentForm(renewal.formId()).orElseThrow().patientId());
    }

    @Test
    void theRegistrantBecomesTheFirstMemberAndTheConsentIsRecordedWithItsScan() {
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());

        Patient patient = desks.patientDesk.register(as(aVisitingNurse()), aRegistrationOfTomeAoki(scan.formId()));

        assertEquals(desks.patients.consentForm(scan.formId()).orElseThrow().patientId(), patient.id());
        assertEquals(NISHIO, patient.networkId());
        assertEquals(aVisitingNurse().userId(), patient.registeredBy());
        CareTeamAccess access = accessOf(aVisitingNurse(), patient.id());
        assertEquals(List.of(aVisitingNurse().userId()),
                desks.patients.team(access).stream().map(CareTeamMember::userId).toList());
        Consent consent = desks.patients.consents(access).getFirst();
        assertEquals(Consent.ConsentGiver.PATIENT, consent.givenBy());
        assertEquals(scan.formId(), consent.formId());
        assertEquals(aVisitingNurse().userId(), consent.obtainedBy());
        assertTrue(desks.patients.consentForm(scan.formId()).orElseThrow().used());
        assertEquals(List.of(AuditAction.CONSENT_FORM_UPLOAD_STARTED, AuditAction.PATIENT_REGISTERED,
                AuditAction.CONSENT_RECORDED), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aScanNotUploadedUsedOrOfSomeoneElseCannotCarryARegistration() {
        PatientDesk.Upload notSent = desks.patientDesk.startConsentForm(as(aVisitingNurse()),
                new ConsentFormRequest("application/pdf", 1000L, null));
        PatientDesk.Upload doctors = aScannedConsentForm(aHomeDoctor());
        PatientDesk.Upload used = aScannedConsentForm(aVisitingNurse());
        desks.patientDesk.register(as(aVisitingNurse()), aRegistrationOfTomeAoki(used.formId()));

        for (String formId : List.of(notSent.formId(), doctors.formId(), used.formId(), "not-an-id")) {
            assertEquals(List.of("consent.formId"), refusedFields(() ->
                    desks.patientDesk.register(as(aVisitingNurse()), aRegistrationOfTomeAoki(formId))));
        }
    }

    @Test
    void aScanIsUsableForOneDay() {
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());
        desks.clock.advance(Duration.ofDays(1));

        assertEquals(List.of("consent.formId"), refusedFields(() ->
                desks.patientDesk.register(as(aVisitingNurse()), aRegistrationOfTomeAoki(scan.formId()))));
    }

    @Test
    void registeringTwiceFinishesTheFirstRegistration() {
        // the first request stops after storing the patient and its consent, before the registrant joins the team
        InMemoryPatients failingOnce = new InMemoryPatients() {
            private boolean failed;

            @Override
            public synchronized void addMember(CareTeamAccess access, CareTeamMember member, String patientKana) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("the connection dropped");
                }
                super.addMember(access, member, patientKana);
            }
        };
        desks = new RecordDesks(failingOnce);
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());
        PatientRequest registration = aRegistrationOfTomeAoki(scan.formId());
        assertThrows(IllegalStateException.class, () -> desks.patientDesk.register(as(aVisitingNurse()), registration));

        Patient patient = desks.patientDesk.register(as(aVisitingNurse()), registration);

        CareTeamAccess access = accessOf(aVisitingNurse(), patient.id());
        assertEquals(1, desks.patients.consents(access).size());
        assertEquals(1, desks.patients.team(access).size());
        assertEquals(List.of(patient.id()), desks.patientDesk.list(as(aVisitingNurse()), Optional.empty(),
                Optional.empty(), 20).items().stream().map(listed -> listed.patient().id()).toList());
        assertEquals(List.of("consent.formId"), refusedFields(() ->
                desks.patientDesk.register(as(aVisitingNurse()), registration)));
    }

    @Test
    void aHalfRegisteredPatientIsSeenByNobodyUntilTheRetryFinishesIt() {
        InMemoryPatients failingOnce = new InMemoryPatients() {
            private boolean failed;

            @Override
            public synchronized void addMember(CareTeamAccess access, CareTeamMember member, String patientKana) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("the connection dropped");
                }
                super.addMember(access, member, patientKana);
            }
        };
        desks = new RecordDesks(failingOnce);
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());
        String reserved = desks.patients.consentForm(scan.formId()).orElseThrow().patientId();
        assertThrows(IllegalStateException.class, () -> desks.patientDesk.register(as(aVisitingNurse()),
                aRegistrationOfTomeAoki(scan.formId())));

        // nobody is in the half-registered patient's team yet, the registrant included
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.startConsentForm(as(aHomeDoctor()),
                new ConsentFormRequest("application/pdf", 1000L, reserved))));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(aVisitingNurse()), reserved)));
    }

    @Test
    void aFamilysConsentNamesTheFamilyMemberTheRelationAndWhy() {
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());
        PatientRequest byFamilyWithoutDetails = new PatientRequest("青木 トメ", "あおき とめ", "1938-05-12", "female",
                "愛知県西尾市寄住町2-3", null, null,
                new PatientRequest.ConsentRequest("family", null, TODAY, scan.formId()));
        PatientRequest byFamilyHalfFilled = new PatientRequest("青木 トメ", "あおき とめ", "1938-05-12", "female",
                "愛知県西尾市寄住町2-3", null, null, new PatientRequest.ConsentRequest("family",
                new PatientRequest.Family("青木 一郎", " ", "forgetful"), TODAY, scan.formId()));

        assertEquals(List.of("consent.family"), refusedFields(() ->
                desks.patientDesk.register(as(aVisitingNurse()), byFamilyWithoutDetails)));
        assertEquals(List.of("consent.family.relation", "consent.family.reason"), refusedFields(() ->
                desks.patientDesk.register(as(aVisitingNurse()), byFamilyHalfFilled)));
    }

    @Test
    void everyWrongFieldOfARegistrationIsNamedAtOnceAndNothingIsStored() {
        PatientDesk.Upload scan = aScannedConsentForm(aVisitingNurse());
        PatientRequest wrong = new PatientRequest(" ", "Aoki", "2027-01-01", "woman", "", "12", null,
                new PatientRequest.ConsentRequest("patient", null, "2025-12-06", scan.formId()));

        assertEquals(List.of("name", "kana", "birthDate", "sex", "address", "medicalInsurerNumber",
                "consent.consentedOn"), refusedFields(() -> desks.patientDesk.register(as(aVisitingNurse()), wrong)));
        assertEquals(List.of("consent"), refusedFields(() -> desks.patientDesk.register(as(aVisitingNurse()),
                new PatientRequest("青木 トメ", "あおき とめ", "1938-05-12", "female", "西尾市", null, null, null))));
        assertTrue(desks.patients.registrant(desks.patients.consentForm(scan.formId()).orElseThrow().patientId())
                .isEmpty());
    }

    @Test
    void theListIsTheCallersOwnPatientsLatestPostedToFirstWithTheirUnreadPosts() {
        aPatientCaredBy(desks.patients, AOKI, "渡辺 トメ", "ワタナベ トメ", aVisitingNurse(), aHomeDoctor());
        aPatientCaredBy(desks.patients, BABA, "伊藤 ハル", "いとう はる", aVisitingNurse());
        aPatientCaredBy(desks.patients, CHIBA, "上田 キク", "ウエダ キク", aHomeDoctor());
        desks.clock.advance(Duration.ofMinutes(1));
        desks.postDesk.create(as(aVisitingNurse()), BABA, new PostRequest("visit", "訪問", null, null, null, null));
        desks.clock.advance(Duration.ofMinutes(1));
        desks.postDesk.create(as(aHomeDoctor()), AOKI, new PostRequest("visit", "往診", null, null, null, null));

        PatientDesk.Listing page = desks.patientDesk.list(as(aVisitingNurse()), Optional.empty(), Optional.empty(), 20);

        assertEquals(List.of("渡辺 トメ", "伊藤 ハル"), page.items().stream().map(listed -> listed.patient().name())
                .toList());
        assertEquals(List.of(1L, 0L), page.items().stream().map(PatientDesk.Listed::unread).toList());
        desks.clock.advance(Duration.ofMinutes(1));
        desks.postDesk.create(as(aVisitingNurse()), BABA, new PostRequest("visit", "再訪問", null, null, null, null));
        assertEquals(List.of("伊藤 ハル", "渡辺 トメ"), desks.patientDesk.list(as(aVisitingNurse()), Optional.empty(),
                Optional.empty(), 20).items().stream().map(listed -> listed.patient().name()).toList(),
                "the author's own post moves the patient up too");
        assertEquals(List.of("渡辺 トメ"), desks.patientDesk.list(as(aVisitingNurse()), Optional.of("わた"),
                Optional.empty(), 20).items().stream().map(listed -> listed.patient().name()).toList());
        assertEquals(List.of(AuditAction.POST_CREATED, AuditAction.PATIENTS_LISTED, AuditAction.POST_CREATED,
                AuditAction.PATIENTS_LISTED, AuditAction.PATIENTS_LISTED), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void theListPagesAfterThePatientGiven() {
        aPatientCaredBy(desks.patients, CHIBA, "上田 キク", "ウエダ キク", aVisitingNurse());
        aPatientCaredBy(desks.patients, AOKI, "青木 トメ", "アオキ トメ", aVisitingNurse());
        aPatientCaredBy(desks.patients, BABA, "伊藤 ハル", "イトウ ハル", aVisitingNurse());
        for (String patientId : List.of(BABA, CHIBA, AOKI)) {
            desks.clock.advance(Duration.ofMinutes(1));
            desks.postDesk.create(as(aVisitingNurse()), patientId, new PostRequest("visit", "訪問", null, null, null, null));
        }

        PatientDesk.Listing first = desks.patientDesk.list(as(aVisitingNurse()), Optional.empty(), Optional.empty(), 2);
        PatientDesk.Listing second = desks.patientDesk.list(as(aVisitingNurse()), Optional.empty(),
                first.afterPatientId(), 2);

        assertEquals(List.of(AOKI, CHIBA), first.items().stream().map(listed -> listed.patient().id()).toList());
        assertEquals(Optional.of(CHIBA), first.afterPatientId());
        assertEquals(List.of(BABA), second.items().stream().map(listed -> listed.patient().id()).toList());
        assertEquals(Optional.empty(), second.afterPatientId());
        PatientDesk.Listing byKana = desks.patientDesk.list(as(aVisitingNurse()), Optional.of("イ"), Optional.empty(), 2);
        assertEquals(List.of(BABA), byKana.items().stream().map(listed -> listed.patient().id()).toList(),
                "a kana search lists in kana order");
    }

    @Test
    void aPatientOfAnotherNetworkIsSeenOnlyWhileTheAgreementIsInForce() {
        aPatientCaredBy(desks.patients, aVisitingNurse(), aNurseOfAnotherNetwork());
        Caller okazakiNurse = aNurseOfAnotherNetwork();

        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(okazakiNurse), AOKI)));
        assertEquals(List.of(), desks.patientDesk.list(as(okazakiNurse), Optional.empty(), Optional.empty(), 20).items());

        Agreement agreement = anAgreementInForce(desks.agreements, "01KDAGR1AA0000000000000001", NISHIO, OKAZAKI);
        assertEquals(AOKI, desks.patientDesk.find(as(okazakiNurse), AOKI).id());
        assertEquals(1, desks.patientDesk.list(as(okazakiNurse), Optional.empty(), Optional.empty(), 20).items().size());

        desks.agreements.end(agreement.ended("nishio-operator", RecordDesks.NOW));
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(okazakiNurse), AOKI)));
        assertEquals(AOKI, desks.patientDesk.find(as(aVisitingNurse()), AOKI).id());
    }

    @Test
    void theOperatorAndOtherUsersAreAnsweredAsIfThePatientDidNotExist() {
        aPatientCaredBy(desks.patients, aVisitingNurse());

        for (Caller outsider : List.of(anOperator(), aPharmacist(), aNurseOfAnotherNetwork())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(outsider), AOKI)));
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.change(as(outsider), AOKI,
                    new PatientChangeRequest(1L, "書き換え", null, null, null, null, null, null))));
        }
        assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() -> desks.patientDesk.find(as(aVisitingNurse()), BABA)));
    }

    @Test
    void aChangeMakesTheNextVersionAndKeepsWhatItLeavesOut() {
        Patient before = aPatientCaredBy(desks.patients, aVisitingNurse());
        desks.clock.advance(Duration.ofHours(1));

        Patient changed = desks.patientDesk.change(as(aVisitingNurse()), AOKI,
                new PatientChangeRequest(1L, null, null, null, null, "愛知県西尾市住崎町4-5", null, "232132"));

        assertEquals(2, changed.version());
        assertEquals("愛知県西尾市住崎町4-5", changed.address());
        assertEquals("232132", changed.careInsurerNumber());
        assertEquals(before.name(), changed.name());
        assertEquals(before.birthDate(), changed.birthDate());
        assertEquals(Sex.FEMALE, changed.sex());
        assertEquals(desks.clock.instant(), changed.updatedAt());
        assertEquals(changed, desks.patientDesk.find(as(aVisitingNurse()), AOKI));
        assertEquals(List.of(AuditAction.PATIENT_CHANGED, AuditAction.PATIENT_READ), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aStaleChangeIsAConflict() {
        aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());
        desks.patientDesk.change(as(aHomeDoctor()), AOKI,
                new PatientChangeRequest(1L, null, null, null, null, "愛知県西尾市住崎町4-5", null, null));

        assertEquals(ErrorCode.CONFLICT, refusal(() -> desks.patientDesk.change(as(aVisitingNurse()), AOKI,
                new PatientChangeRequest(1L, null, null, null, null, "愛知県西尾市寄住町9-9", null, null))));
        assertEquals("愛知県西尾市住崎町4-5", desks.patientDesk.find(as(aVisitingNurse()), AOKI).address());
        assertEquals(List.of("version"), refusedFields(() -> desks.patientDesk.change(as(aVisitingNurse()), AOKI,
                new PatientChangeRequest(null, null, null, null, null, "西尾市", null, null))));
        assertEquals(List.of("birthDate"), refusedFields(() -> desks.patientDesk.change(as(aVisitingNurse()), AOKI,
                new PatientChangeRequest(2L, null, null, LocalDate.of(2027, 1, 1).toString(), null, null, null, null))));
    }

    @Test
    void aChangedKanaMovesThePatientInEveryMembersList() {
        aPatientCaredBy(desks.patients, AOKI, "青木 トメ", "アオキ トメ", aVisitingNurse(), aHomeDoctor());
        aPatientCaredBy(desks.patients, BABA, "馬場 ハル", "ババ ハル", aVisitingNurse(), aHomeDoctor());

        desks.patientDesk.change(as(aVisitingNurse()), AOKI,
                new PatientChangeRequest(1L, "渡辺 トメ", "ワタナベ トメ", null, null, null, null, null));

        assertEquals(List.of(BABA, AOKI), desks.patientDesk.list(as(aHomeDoctor()), Optional.empty(), Optional.empty(),
                20).items().stream().map(listed -> listed.patient().id()).toList());
    }
}
