package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static jp.igetanet.core.aws.dynamodb.Attributes.bool;
import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;
import static jp.igetanet.core.aws.dynamodb.Attributes.strings;

/** Maps a {@link RegistrationApplication} to its item and back. */
final class RegistrationItems {

    private RegistrationItems() {
    }

    static Map<String, AttributeValue> toItem(RegistrationApplication application) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.registration(application.id()));
        item.put("type", s("registration"));
        item.put("id", s(application.id()));
        item.put("networkId", s(application.networkId()));
        item.put("facilityName", s(application.facility().name()));
        item.put("facilityKana", s(application.facility().kana()));
        item.put("facilityKind", s(application.facility().kind().code()));
        item.put("postalCode", s(application.facility().postalCode()));
        item.put("address", s(application.facility().address()));
        item.put("phone", s(application.facility().phone()));
        item.put("administratorName", s(application.administrator().name()));
        item.put("administratorKana", s(application.administrator().kana()));
        item.put("administratorProfession", s(application.administrator().profession().code()));
        item.put("administratorEmail", s(application.administrator().email()));
        item.put("pledgeFormVersion", s(application.pledge().formVersion()));
        item.put("pledgeSigner", s(application.pledge().signer()));
        item.put("pledgeSignedOn", s(application.pledge().signedOn().toString()));
        item.put("agreedTermsVersion", s(application.pledge().agreedTermsVersion()));
        item.put("listed", bool(application.publication().listed()));
        item.put("publishedFields", Attributes.strings(application.publication().fields().stream()
                .sorted().map(PublishedField::code).toList()));
        item.put("status", s(application.status().code()));
        item.put("submittedAt", instant(application.submittedAt()));
        if (application.decidedAt() != null) {
            item.put("decidedAt", instant(application.decidedAt()));
        }
        putIfPresent(item, "decidedBy", application.decidedBy());
        putIfPresent(item, "rejectionReason", application.rejectionReason());
        putIfPresent(item, "administratorUserId", application.administratorUserId());
        item.put("version", n(application.version()));
        item.put(Keys.GSI1PK, s(Keys.applicationsPartition(application.networkId(), application.status().code())));
        item.put(Keys.GSI1SK, s(application.submittedAt() + "#" + application.id()));
        return item;
    }

    static RegistrationApplication fromItem(Map<String, AttributeValue> item) {
        Set<PublishedField> fields = EnumSet.noneOf(PublishedField.class);
        strings(item, "publishedFields").forEach(code -> PublishedField.fromCode(code).ifPresent(fields::add));
        return new RegistrationApplication(
                string(item, "id"),
                string(item, "networkId"),
                new RegistrationApplication.FacilityDetails(string(item, "facilityName"), string(item, "facilityKana"),
                        FacilityKind.fromCode(string(item, "facilityKind")).orElse(FacilityKind.OTHER),
                        string(item, "postalCode"), string(item, "address"), string(item, "phone")),
                new RegistrationApplication.Administrator(string(item, "administratorName"),
                        string(item, "administratorKana"),
                        Profession.fromCode(string(item, "administratorProfession")).orElse(Profession.OTHER),
                        string(item, "administratorEmail")),
                new RegistrationApplication.Pledge(string(item, "pledgeFormVersion"), string(item, "pledgeSigner"),
                        LocalDate.parse(string(item, "pledgeSignedOn")), string(item, "agreedTermsVersion")),
                new Publication(bool(item, "listed"), fields),
                RegistrationStatus.fromCode(string(item, "status")).orElseThrow(),
                instant(item, "submittedAt"),
                instant(item, "decidedAt"),
                string(item, "decidedBy"),
                string(item, "rejectionReason"),
                string(item, "administratorUserId"),
                number(item, "version"));
    }
}
