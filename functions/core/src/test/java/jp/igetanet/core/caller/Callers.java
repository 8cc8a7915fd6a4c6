package jp.igetanet.core.caller;

import jp.igetanet.core.account.InMemoryUserAccounts;
import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.InMemoryFacilities;
import jp.igetanet.core.facility.Publication;

import java.time.Instant;

/**
 * Named callers for unit tests of desks: the people of a few facilities of the Nishio network, its city office's
 * operator, and a nurse of the neighbouring Okazaki network, each an active user of an active facility.
 */
public final class Callers {

    public static final Instant JOINED = Instant.parse("2026-04-01T00:00:00Z");
    public static final String NISHIO = "nishio";
    public static final String OKAZAKI = "okazaki";

    public static final Facility SAKURA_NURSING_STATION = aFacility("fac-sakura", NISHIO, "さくら訪問看護ステーション",
            "サクラホウモンカンゴステーション", FacilityKind.VISITING_NURSING_STATION);
    public static final Facility AOBA_CLINIC = aFacility("fac-aoba", NISHIO, "あおば在宅クリニック",
            "アオバザイタククリニック", FacilityKind.CLINIC);
    public static final Facility MIDORI_PHARMACY = aFacility("fac-midori", NISHIO, "みどり薬局", "ミドリヤッキョク",
            FacilityKind.PHARMACY);
    public static final Facility NISHIO_CITY_OFFICE = aFacility("fac-nishio-city", NISHIO, "西尾市役所 長寿課",
            "ニシオシヤクショチョウジュカ", FacilityKind.CITY_OFFICE);
    public static final Facility OKAZAKI_NURSING_STATION = aFacility("fac-okazaki", OKAZAKI, "おかざき訪問看護ステーション",
            "オカザキホウモンカンゴステーション", FacilityKind.VISITING_NURSING_STATION);

    private Callers() {
    }

    /** さくら's visiting nurse, who registers most patients in these tests. */
    /** Where the desks' unit tests say a request came from: the app. */
    public static final RequestOrigin FROM_THE_APP = new RequestOrigin("request-1", "203.0.113.7", "igeta-app/1.0");

    /** The caller acting in a request from the app. */
    public static Acting as(Caller caller) {
        return new Acting(caller, FROM_THE_APP);
    }

    public static Caller aVisitingNurse() {
        return aUser("sakura-nurse", SAKURA_NURSING_STATION, "訪看 さくら", "ホウカン サクラ", Profession.NURSE, Role.MEMBER);
    }

    /** A second nurse of the same station. */
    public static Caller anotherNurseOfTheStation() {
        return aUser("sakura-nurse2", SAKURA_NURSING_STATION, "訪看 もも", "ホウカン モモ", Profession.NURSE, Role.MEMBER);
    }

    public static Caller aHomeDoctor() {
        return aUser("aoba-doctor", AOBA_CLINIC, "青葉 一郎", "アオバ イチロウ", Profession.DOCTOR, Role.MEMBER);
    }

    public static Caller aPharmacist() {
        return aUser("midori-pharmacist", MIDORI_PHARMACY, "緑 花子", "ミドリ ハナコ", Profession.PHARMACIST, Role.MEMBER);
    }

    /** The Nishio city office's operator (事務局), who sees no patient it is not caring for. */
    public static Caller anOperator() {
        return aUser("nishio-operator", NISHIO_CITY_OFFICE, "西尾 事務", "ニシオ ジム", Profession.CITY_STAFF, Role.OPERATOR);
    }

    /** A nurse of the Okazaki network: Nishio's patients only under an agreement in force. */
    public static Caller aNurseOfAnotherNetwork() {
        return aUser("okazaki-nurse", OKAZAKI_NURSING_STATION, "岡崎 看護", "オカザキ カンゴ", Profession.NURSE,
                Role.MEMBER);
    }

    /** The same caller with another status, e.g. a suspended user. */
    public static Caller withStatus(Caller caller, UserStatus status) {
        return new Caller(caller.account().withStatus(status, JOINED), caller.facility());
    }

    /** Stores the callers' accounts and facilities, so that desks can look them up as other users. */
    public static void enrol(InMemoryUserAccounts accounts, InMemoryFacilities facilities, Caller... callers) {
        for (Caller caller : callers) {
            accounts.put(caller.account());
            if (facilities.find(caller.facilityId()).isEmpty()) {
                facilities.create(caller.facility());
            }
        }
    }

    public static Caller aUser(String userId, Facility facility, String name, String kana, Profession profession,
                               Role role) {
        return new Caller(new UserAccount(userId, facility.id(), facility.networkId(), name, kana, profession, role,
                UserStatus.ACTIVE, JOINED, null, JOINED, null, null, 1, JOINED, JOINED), facility);
    }

    public static Facility aFacility(String id, String networkId, String name, String kana, FacilityKind kind) {
        return new Facility(id, networkId, name, kana, kind, "445-0000", "愛知県西尾市寄住町1-1", "0563-00-0000",
                FacilityStatus.ACTIVE, Publication.everything(), null, 1, JOINED, JOINED);
    }
}
