package jp.igetanet.core.project;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectTextTest {

    @Test
    void aPatientIdOrALinkToAPatientsRecordIsAReference() {
        assertTrue(ProjectText.referencesPatient("01KDEM0PAT0000000000000001 の件で相談です"));
        assertTrue(ProjectText.referencesPatient("療養者（01kdem0pat0000000000000001）の訪問について"), "lower case too");
        assertTrue(ProjectText.referencesPatient("ID:01KDEM0PAT0000000000000001。"), "beside Japanese punctuation");
        assertTrue(ProjectText.referencesPatient("https://igeta.example/patients/abc を見てください"));
        assertTrue(ProjectText.referencesPatient("/Patients/123"));
    }

    @Test
    void ordinaryTextAndLongerOrMalformedRunsAreNot() {
        assertFalse(ProjectText.referencesPatient("12月10日 18:30 から市役所で研修会を行います"));
        assertFalse(ProjectText.referencesPatient("https://meet.example.jp/igeta-training-2026"));
        assertFalse(ProjectText.referencesPatient("01KDEM0PAT00000000000000012"), "27 characters are no id");
        assertFalse(ProjectText.referencesPatient("91KDEM0PAT0000000000000001"), "an id's first character is 0 to 7");
        assertFalse(ProjectText.referencesPatient("01KDEM0PATIIIIIIIIIIIIIIII"), "I is not in the ids' alphabet");
        assertFalse(ProjectText.referencesPatient(null));
        assertFalse(ProjectText.referencesPatient(""));
    }

    @Test
    void searchableTextIgnoresWidthKanaAndCase() {
        assertEquals(ProjectText.searchable("ケアマネジャー研修"), ProjectText.searchable("けあまねじゃー 研修"));
        assertEquals(ProjectText.searchable("ZOOM"), ProjectText.searchable("ｚｏｏｍ"));
        String stored = ProjectText.searchable("西尾市 在宅医療 研修会のご案内");
        assertTrue(stored.contains(ProjectText.searchable("在宅医療研修")), "spaces do not matter");
        assertFalse(stored.contains(ProjectText.searchable("訪問看護")));
    }
}
