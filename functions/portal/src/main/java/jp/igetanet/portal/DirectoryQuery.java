package jp.igetanet.portal;

import jp.igetanet.core.error.Validation;
import jp.igetanet.core.facility.DirectoryPosition;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.KanaReading;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.paging.Cursor;
import jp.igetanet.core.paging.PageRequest;

import java.util.List;
import java.util.Optional;

/** A validated search of a network's public facility directory. */
record DirectoryQuery(String networkId, Optional<FacilityKind> kind, String text, Optional<DirectoryPosition> after,
                      int pageSize) {

    static final PageRequest.Sizes PAGES = new PageRequest.Sizes(20, 100);
    static final int MAX_TEXT_LENGTH = 50;

    static DirectoryQuery parse(String network, String kind, String q, String cursor, Integer limit) {
        Validation validation = new Validation();
        validation.check(network != null && !network.isBlank(), "network", "地域ネットワークのIDを指定してください。");
        validation.check(network == null || network.isBlank() || Network.isWellFormedId(network), "network",
                "地域ネットワークのIDは英小文字・数字・ハイフンで指定してください。");
        Optional<FacilityKind> facilityKind = kind == null || kind.isBlank() ? Optional.empty() : FacilityKind.fromCode(kind);
        validation.check(kind == null || kind.isBlank() || facilityKind.isPresent(), "kind", "施設の種別が正しくありません。");
        validation.check(q == null || q.length() <= MAX_TEXT_LENGTH, "q", "検索語は" + MAX_TEXT_LENGTH + "文字以内で指定してください。");
        PAGES.check(validation, limit);
        validation.throwIfInvalid();
        PageRequest<DirectoryPosition> asked = PAGES.request(cursor, limit, 3, parts -> position(network, parts));
        return new DirectoryQuery(network, facilityKind, KanaReading.normalize(q), asked.after(), asked.limit());
    }

    /** A cursor belongs to one network: one made for another network is as invalid as a garbled one. */
    private static DirectoryPosition position(String network, List<String> parts) {
        if (!parts.get(0).equals(network)) {
            throw new jp.igetanet.core.error.ApiException(jp.igetanet.core.error.ErrorCode.INVALID_CURSOR);
        }
        return new DirectoryPosition(parts.get(1), parts.get(2));
    }

    static String cursorAfter(String networkId, DirectoryPosition position) {
        return Cursor.encode(networkId, position.sortKey(), position.facilityId());
    }
}
