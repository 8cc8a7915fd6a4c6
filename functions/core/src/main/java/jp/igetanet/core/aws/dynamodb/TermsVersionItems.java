package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.portal.TermsVersion;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;

/** Maps a published {@link TermsVersion} to its item and back; the network is in the item's key only. */
final class TermsVersionItems {

    private TermsVersionItems() {
    }

    static Map<String, AttributeValue> toItem(TermsVersion version) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.termsVersion(version.networkId(), version.version()));
        item.put("type", s("terms-version"));
        item.put("effectiveOn", s(version.version()));
        item.put("title", s(version.title()));
        item.put("text", s(version.text()));
        item.put("publishedAt", instant(version.publishedAt()));
        item.put("publishedBy", s(version.publishedBy()));
        return item;
    }

    static TermsVersion fromItem(String networkId, Map<String, AttributeValue> item) {
        return new TermsVersion(networkId, LocalDate.parse(string(item, "effectiveOn")), string(item, "title"),
                string(item, "text"), instant(item, "publishedAt"), string(item, "publishedBy"));
    }
}
