package jp.igetanet.core.facility;

import org.junit.jupiter.api.Test;

import static jp.igetanet.core.facility.Fixtures.aClinic;
import static jp.igetanet.core.facility.Fixtures.aFacility;
import static jp.igetanet.core.facility.Fixtures.publishing;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryOrderTest {

    @Test
    void facilitiesSortByTheirKanaReading() {
        String ageha = DirectoryOrder.sortKey(aClinic("01KDEM0FAC0000000000000009", "揚羽医院", "あげはいいん"));
        String igeta = DirectoryOrder.sortKey(aClinic("01KDEM0FAC0000000000000001", "いげた医院", "イゲタイイン"));
        assertTrue(ageha.compareTo(igeta) < 0);
    }

    @Test
    void aHiddenNameSortsLastAndDoesNotAppearInTheKey() {
        Facility hidden = aFacility("01KDEM0FAC0000000000000001", "秘密クリニック", "アアア", FacilityKind.CLINIC,
                publishing(PublishedField.KIND), FacilityStatus.ACTIVE);
        String key = DirectoryOrder.sortKey(hidden);
        assertFalse(key.contains("アアア"));
        assertTrue(key.compareTo(DirectoryOrder.sortKey(aClinic("01KDEM0FAC0000000000000002", "ん", "ンンン"))) > 0);
    }
}
