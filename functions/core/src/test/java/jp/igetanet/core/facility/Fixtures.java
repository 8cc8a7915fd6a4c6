package jp.igetanet.core.facility;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;

import java.time.Instant;
import java.util.EnumSet;

/** Named fixtures for unit tests. */
public final class Fixtures {

    public static final Instant CREATED = Instant.parse("2026-04-01T00:00:00Z");
    public static final String NETWORK = "nishio";

    private Fixtures() {
    }

    public static Facility aClinic(String id, String name, String kana) {
        return aFacility(id, name, kana, FacilityKind.CLINIC, Publication.everything(), FacilityStatus.ACTIVE);
    }

    public static Facility aFacility(String id, String name, String kana, FacilityKind kind, Publication publication,
                                     FacilityStatus status) {
        return new Facility(id, NETWORK, name, kana, kind, "445-0000", "愛知県西尾市1-1", "0563-00-0000", status,
                publication, null, 1, CREATED, CREATED);
    }

    public static Publication publishing(PublishedField... fields) {
        EnumSet<PublishedField> set = EnumSet.noneOf(PublishedField.class);
        set.addAll(java.util.List.of(fields));
        return new Publication(true, set);
    }

    public static UserAccount aVisitingNurse(String userId, String facilityId, UserStatus status) {
        return new UserAccount(userId, facilityId, NETWORK, "訪看 さくら", "ホウカン サクラ", Profession.NURSE,
                Role.MEMBER, status, CREATED, null, null, null, null, 1, CREATED, CREATED);
    }
}
