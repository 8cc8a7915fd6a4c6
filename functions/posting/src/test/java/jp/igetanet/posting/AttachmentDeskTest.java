package jp.igetanet.posting;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.patient.Patient;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Retention;
import jp.igetanet.core.upload.Uploads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.patient.PatientFixtures.BABA;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentDeskTest {

    private final RecordDesks desks = new RecordDesks();
    private final AttachmentDesk attachments = desks.attachmentDesk;
    private final Patient aoki = aPatientCaredBy(desks.patients, aVisitingNurse(), aHomeDoctor());

    private AttachmentDesk.Started aWoundPhoto() {
        return attachments.start(as(aVisitingNurse()), aoki.id(), "image/jpeg", 2_400_000L);
    }

    @Test
    void anUploadIsKeyedUnderThePatientAndSignedForExactlyTheDeclaredFile() {
        AttachmentDesk.Started started = aWoundPhoto();

        assertEquals(FileStore.patientKey(aoki.id(), "attachments", started.attachment().id()),
                started.attachment().objectKey());
        assertEquals(new FileStore.DeclaredFile("image/jpeg", 2_400_000L),
                desks.files.declared(started.attachment().objectKey()).orElseThrow());
        assertEquals(aVisitingNurse().userId(), started.attachment().uploadedBy());
        assertEquals(Retention.expiresAt(RecordDesks.NOW), started.attachment().expiresAt());
        assertEquals(RecordDesks.NOW.plus(FileStore.URL_VALIDITY), started.uploadUrlExpiresAt());
        assertEquals(List.of(AuditAction.ATTACHMENT_UPLOAD_STARTED), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aFileOfAnotherKindOrSizeIsRefusedBeforeAnythingIsStored() {
        assertEquals(List.of("contentType", "bytes"), refusedFields(() ->
                attachments.start(as(aVisitingNurse()), aoki.id(), "application/zip", null)));
        assertEquals(List.of("bytes"), refusedFields(() ->
                attachments.start(as(aVisitingNurse()), aoki.id(), "application/pdf", FileStore.MAX_BYTES + 1)));
        assertEquals(List.of(), desks.audit.actionsBy(aVisitingNurse().userId()));
    }

    @Test
    void aDownloadIsGrantedOnceTheFileIsThere() {
        AttachmentDesk.Started started = aWoundPhoto();
        assertEquals(ErrorCode.ATTACHMENT_UNKNOWN, refusal(() ->
                attachments.download(as(aHomeDoctor()), aoki.id(), started.attachment().id())));

        desks.files.upload(started.attachment().objectKey());
        desks.clock.advance(Duration.ofDays(3));
        Uploads.Granted granted = attachments.download(as(aHomeDoctor()), aoki.id(), started.attachment().id());

        assertEquals("image/jpeg", granted.contentType());
        assertEquals(2_400_000L, granted.bytes());
        assertEquals(desks.clock.instant().plus(FileStore.URL_VALIDITY), granted.downloadUrlExpiresAt());
        assertTrue(granted.downloadUrl().toString().contains(started.attachment().objectKey()));
        assertEquals(List.of(AuditAction.ATTACHMENT_DOWNLOADED), desks.audit.actionsBy(aHomeDoctor().userId()));
    }

    @Test
    void aStoredFileTooLargeIsNeverHandedOut() {
        AttachmentDesk.Started started = aWoundPhoto();
        desks.files.put(started.attachment().objectKey(), "image/jpeg", FileStore.MAX_BYTES + 1);

        assertEquals(ErrorCode.ATTACHMENT_UNKNOWN, refusal(() ->
                attachments.download(as(aHomeDoctor()), aoki.id(), started.attachment().id())));
    }

    @Test
    void anAttachmentIsFoundOnlyThroughItsOwnPatient() {
        Patient baba = aPatientCaredBy(desks.patients, BABA, "馬場 ハル", "ババ ハル", aVisitingNurse());
        AttachmentDesk.Started ofBaba = attachments.start(as(aVisitingNurse()), baba.id(), "application/pdf", 1000L);
        desks.files.upload(ofBaba.attachment().objectKey());

        assertEquals(ErrorCode.ATTACHMENT_UNKNOWN, refusal(() ->
                attachments.download(as(aVisitingNurse()), aoki.id(), ofBaba.attachment().id())));
        assertEquals(ErrorCode.ATTACHMENT_UNKNOWN, refusal(() ->
                attachments.download(as(aVisitingNurse()), aoki.id(), "../" + ofBaba.attachment().objectKey())));
    }

    @Test
    void outsidersGetNotFoundForTheUploadAndTheDownload() {
        AttachmentDesk.Started started = aWoundPhoto();
        desks.files.upload(started.attachment().objectKey());

        for (var outsider : List.of(aPharmacist(), anOperator())) {
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                    attachments.start(as(outsider), aoki.id(), "image/jpeg", 1000L)));
            assertEquals(ErrorCode.PATIENT_UNKNOWN, refusal(() ->
                    attachments.download(as(outsider), aoki.id(), started.attachment().id())));
        }
    }

    @Test
    void anAttachmentIsGoneFiveYearsAfterItsUpload() {
        AttachmentDesk.Started started = aWoundPhoto();
        desks.files.upload(started.attachment().objectKey());
        desks.clock.advance(Duration.between(RecordDesks.NOW, started.attachment().expiresAt()));

        assertEquals(ErrorCode.ATTACHMENT_UNKNOWN, refusal(() ->
                attachments.download(as(aHomeDoctor()), aoki.id(), started.attachment().id())));
    }
}
