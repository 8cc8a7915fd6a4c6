package jp.igetanet.portal;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.InMemoryFacilities;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.network.Networks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.facility.Fixtures.aClinic;
import static jp.igetanet.core.facility.Fixtures.aFacility;
import static jp.igetanet.core.facility.Fixtures.publishing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FacilityDirectoryTest {

    private final InMemoryFacilities facilities = new InMemoryFacilities();
    private final Networks networks = new Networks() {
        @Override
        public Optional<Network> find(String networkId) {
            return networkId.equals("nishio") ? Optional.of(new Network("nishio", "西尾市", "ニシオシ")) : Optional.empty();
        }

        @Override
        public void create(Network network) {
            throw new UnsupportedOperationException();
        }
    };
    private final FacilityDirectory directory = new FacilityDirectory(facilities, networks);

    private static String id(int n) {
        return String.format("01KDEM0FAC%016d", n);
    }

    private List<String> names(FacilityDirectory.DirectoryPage page) {
        return page.facilities().stream().map(Facility::name).toList();
    }

    @Test
    void listsActiveListedFacilitiesInKanaOrder() {
        facilities.create(aClinic(id(1), "わかば医院", "ワカバイイン"));
        facilities.create(aClinic(id(2), "あおい医院", "あおいいいん"));
        facilities.create(aClinic(id(3), "かえで医院", "ｶｴﾃﾞｲｲﾝ"));
        assertEquals(List.of("あおい医院", "かえで医院", "わかば医院"),
                names(directory.search(DirectoryQuery.parse("nishio", null, null, null, null))));
    }

    @Test
    void hiddenAndSuspendedFacilitiesAreNotListedNorFound() {
        facilities.create(aFacility(id(1), "非公開ケアプラン", "ヒコウカイ", FacilityKind.CARE_MANAGEMENT_OFFICE,
                Publication.hidden(), FacilityStatus.ACTIVE));
        facilities.create(aFacility(id(2), "停止中クリニック", "テイシ", FacilityKind.CLINIC, Publication.everything(),
                FacilityStatus.SUSPENDED));
        assertEquals(List.of(), names(directory.search(DirectoryQuery.parse("nishio", null, null, null, null))));
        assertEquals(ErrorCode.FACILITY_NOT_FOUND, assertThrows(ApiException.class, () -> directory.find(id(1))).code());
        assertEquals(ErrorCode.FACILITY_NOT_FOUND, assertThrows(ApiException.class, () -> directory.find(id(2))).code());
        assertEquals(ErrorCode.FACILITY_NOT_FOUND, assertThrows(ApiException.class, () -> directory.find("../x")).code());
    }

    @Test
    void aHiddenNameCannotBeFoundBySearchingForIt() {
        facilities.create(aFacility(id(1), "吉良デイサービス", "キラデイ", FacilityKind.DAY_SERVICE,
                publishing(PublishedField.KIND, PublishedField.ADDRESS), FacilityStatus.ACTIVE));
        assertEquals(0, directory.search(DirectoryQuery.parse("nishio", null, "きら", null, null)).facilities().size());
        assertEquals(1, directory.search(DirectoryQuery.parse("nishio", "day_service", null, null, null)).facilities().size());
    }

    @Test
    void aHiddenKindCannotBeFoundByFilteringForIt() {
        facilities.create(aFacility(id(1), "みどり薬局", "ミドリ", FacilityKind.PHARMACY,
                publishing(PublishedField.NAME), FacilityStatus.ACTIVE));
        assertEquals(0, directory.search(DirectoryQuery.parse("nishio", "pharmacy", null, null, null)).facilities().size());
        assertEquals(1, directory.search(DirectoryQuery.parse("nishio", null, "みどり", null, null)).facilities().size());
    }

    @Test
    void searchMatchesNameOrReadingWhateverTheKanaForm() {
        facilities.create(aClinic(id(1), "西尾クリニック", "ニシオクリニック"));
        facilities.create(aClinic(id(2), "吉良医院", "キライイン"));
        assertEquals(List.of("西尾クリニック"), names(directory.search(DirectoryQuery.parse("nishio", null, "にしお", null, null))));
        assertEquals(List.of("西尾クリニック"), names(directory.search(DirectoryQuery.parse("nishio", null, "西尾", null, null))));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsAndTheLastHasNoCursor() {
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= 123; n++) {
            String kana = String.format("イイン%03d", n);
            facilities.create(aClinic(id(n), "医院" + n, kana));
            expected.add("医院" + n);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            FacilityDirectory.DirectoryPage page = directory.search(DirectoryQuery.parse("nishio", null, null, cursor, 20));
            seen.addAll(names(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(expected, seen);
        assertEquals(7, pages);
    }

    @Test
    void filteringReadsOnAcrossBatchesToFillAPage() {
        for (int n = 1; n <= 120; n++) {
            FacilityKind kind = n % 40 == 0 ? FacilityKind.PHARMACY : FacilityKind.CLINIC;
            facilities.create(aFacility(id(n), "施設" + n, String.format("シセツ%03d", n), kind,
                    Publication.everything(), FacilityStatus.ACTIVE));
        }
        FacilityDirectory.DirectoryPage page = directory.search(DirectoryQuery.parse("nishio", "pharmacy", null, null, 2));
        assertEquals(List.of("施設40", "施設80"), names(page));
        assertNotNull(page.nextCursor());
        FacilityDirectory.DirectoryPage last = directory.search(DirectoryQuery.parse("nishio", "pharmacy", null, page.nextCursor(), 2));
        assertEquals(List.of("施設120"), names(last));
        assertNull(last.nextCursor());
    }

    @Test
    void aShortDirectoryIsReadWithOneQuery() {
        for (int n = 1; n <= 6; n++) {
            facilities.create(aClinic(id(n), "医院" + n, "イイン" + n));
        }
        FacilityDirectory.DirectoryPage page = directory.search(DirectoryQuery.parse("nishio", null, null, null, null));
        assertEquals(6, page.facilities().size());
        assertNull(page.nextCursor());
        assertEquals(1, facilities.directoryReads());
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        assertEquals(ErrorCode.NETWORK_NOT_FOUND, assertThrows(ApiException.class,
                () -> directory.search(DirectoryQuery.parse("okazaki", null, null, null, null))).code());
    }

    @Test
    void aCursorOfAnotherNetworkIsInvalid() {
        for (int n = 1; n <= 3; n++) {
            facilities.create(aClinic(id(n), "医院" + n, "イイン" + n));
        }
        String cursor = directory.search(DirectoryQuery.parse("nishio", null, null, null, 1)).nextCursor();
        assertEquals(ErrorCode.INVALID_CURSOR, assertThrows(ApiException.class,
                () -> DirectoryQuery.parse("okazaki", null, null, cursor, 1)).code());
    }
}
