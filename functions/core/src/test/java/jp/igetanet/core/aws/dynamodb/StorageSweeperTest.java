package jp.igetanet.core.aws.dynamodb;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StorageSweeperTest {

    @Test
    void aFileIsKeptByItsAttachmentOrItsUploadItemAndOtherKeysAreNotTheSweeps() {
        assertEquals(Optional.of(Keys.attachment("01KDEM0PAT0000000000000001", "01KDEM0ATT0000000000000001")),
                StorageSweeper.recordKey("patients/01KDEM0PAT0000000000000001/attachments/01KDEM0ATT0000000000000001"));
        assertEquals(Optional.of(Keys.consentForm("01KDEM0FRM0000000000000001")),
                StorageSweeper.recordKey("patients/01KDEM0PAT0000000000000001/consent-forms/01KDEM0FRM0000000000000001"));
        assertEquals(Optional.of(Keys.projectAttachment("01KDEM0PRJ0000000000000001", "01KDEM0PAT0000000000000009")),
                StorageSweeper.recordKey("projects/01KDEM0PRJ0000000000000001/attachments/01KDEM0PAT0000000000000009"));
        assertEquals(Optional.empty(), StorageSweeper.recordKey("patients/01KDEM0PAT0000000000000001/notes/x"));
        assertEquals(Optional.empty(), StorageSweeper.recordKey("projects/01KDEM0PRJ0000000000000001/consent-forms/x"));
        assertEquals(Optional.empty(), StorageSweeper.recordKey("exports/2026/report.csv"));
        assertEquals(Optional.empty(), StorageSweeper.recordKey("patients/01KDEM0PAT0000000000000001/attachments/a/b"));
    }
}
