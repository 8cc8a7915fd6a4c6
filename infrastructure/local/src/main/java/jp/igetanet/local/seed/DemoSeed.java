package jp.igetanet.local.seed;

import jp.igetanet.core.account.Profession;
import jp.igetanet.core.account.Role;
import jp.igetanet.core.account.UserAccount;
import jp.igetanet.core.account.UserAccounts;
import jp.igetanet.core.account.UserStatus;
import jp.igetanet.core.facility.DeregistrationRequest;
import jp.igetanet.core.facility.Facilities;
import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.facility.FacilityKind;
import jp.igetanet.core.facility.FacilityStatus;
import jp.igetanet.core.facility.Publication;
import jp.igetanet.core.facility.PublishedField;
import jp.igetanet.core.incident.IncidentKind;
import jp.igetanet.core.incident.IncidentReport;
import jp.igetanet.core.incident.IncidentReports;
import jp.igetanet.core.incident.IncidentStatus;
import jp.igetanet.core.network.Agreement;
import jp.igetanet.core.network.AgreementStatus;
import jp.igetanet.core.network.Agreements;
import jp.igetanet.core.network.Network;
import jp.igetanet.core.network.Networks;
import jp.igetanet.core.registration.RegistrationApplication;
import jp.igetanet.core.registration.RegistrationStatus;
import jp.igetanet.core.registration.Registrations;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo network 西尾市: facilities of every kind the foundation needs, with different publication choices
 * (§17-2), an operator, facility administrators and members with Cognito accounts, and applications waiting for the
 * operator's review. Beside it 碧南市, with an operator and a nurse, to which 西尾市 has proposed a collaboration
 * agreement (§4-4) that 碧南市 has yet to accept, and 安城市 without facilities. Running it again on a seeded stack
 * changes nothing.
 */
public final class DemoSeed {

    public static final String NETWORK_ID = "nishio";
    /** A neighbouring network, with a collaboration agreement proposed by 西尾市 and awaiting its acceptance. */
    public static final String PARTNER_NETWORK_ID = "hekinan";
    /** A network without facilities yet, to propose an agreement to. */
    public static final String THIRD_NETWORK_ID = "anjo";
    public static final String PROPOSED_AGREEMENT = "01KDEM0AGR0000000000000001";
    /** The demo nurse's report of a lost tablet (§21), waiting for the operator's handling. */
    public static final String INCIDENT_REPORT = "01KDEM0RPT0000000000000001";
    /** Local demo only: printed by the run command, never used outside the stand-ins. */
    public static final String DEMO_PASSWORD = "Igeta-Demo-2026";

    public static final String CITY_OFFICE = "01KDEM0FAC0000000000000001";
    public static final String HOSPITAL = "01KDEM0FAC0000000000000002";
    public static final String CLINIC = "01KDEM0FAC0000000000000003";
    public static final String NURSING_STATION = "01KDEM0FAC0000000000000004";
    public static final String PHARMACY = "01KDEM0FAC0000000000000005";
    public static final String CARE_MANAGEMENT = "01KDEM0FAC0000000000000006";
    public static final String DAY_SERVICE = "01KDEM0FAC0000000000000007";
    public static final String SUSPENDED_CLINIC = "01KDEM0FAC0000000000000008";
    public static final String PARTNER_CITY_OFFICE = "01KDEM0FAC0000000000000009";
    public static final String PARTNER_NURSING_STATION = "01KDEM0FAC0000000000000010";

    public static final String PENDING_APPLICATION = "01KDEM0APP0000000000000001";
    public static final String SECOND_PENDING_APPLICATION = "01KDEM0APP0000000000000002";
    public static final String THIRD_PENDING_APPLICATION = "01KDEM0APP0000000000000003";

    public static final String OPERATOR = "nishio-operator";
    public static final String FACILITY_ADMIN = "igeta-admin";
    public static final String NURSE = "houkan-nurse";
    public static final String PHARMACIST = "midori-pharmacist";
    public static final String SUSPENDED_NURSE = "igeta-nurse";
    public static final String DAY_SERVICE_ADMIN = "kira-admin";
    public static final String PARTNER_OPERATOR = "hekinan-operator";
    public static final String PARTNER_NURSE = "hekinan-nurse";

    private static final Instant SEEDED_AT = Instant.parse("2026-04-01T00:00:00Z");

    private final Networks networks;
    private final Facilities facilities;
    private final UserAccounts accounts;
    private final Registrations registrations;
    private final Agreements agreements;
    private final IncidentReports incidentReports;
    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    public DemoSeed(Networks networks, Facilities facilities, UserAccounts accounts, Registrations registrations,
                    Agreements agreements, IncidentReports incidentReports, CognitoIdentityProviderClient cognito,
                    String userPoolId) {
        this.agreements = agreements;
        this.incidentReports = incidentReports;
        this.networks = networks;
        this.facilities = facilities;
        this.accounts = accounts;
        this.registrations = registrations;
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    public static List<Facility> facilities() {
        Set<PublishedField> all = EnumSet.allOf(PublishedField.class);
        return List.of(
                facility(CITY_OFFICE, "西尾市役所 長寿課", "ニシオシヤクショ チョウジュカ", FacilityKind.CITY_OFFICE,
                        "445-8501", "愛知県西尾市寄住町下田22", "0563-56-2111", FacilityStatus.ACTIVE,
                        new Publication(true, all)),
                facility(HOSPITAL, "西尾市民病院", "ニシオシミンビョウイン", FacilityKind.HOSPITAL,
                        "445-8510", "愛知県西尾市熊味町上泡原6", "0563-56-3171", FacilityStatus.ACTIVE,
                        new Publication(true, all)),
                facility(CLINIC, "いげたクリニック", "イゲタクリニック", FacilityKind.CLINIC,
                        "445-0063", "愛知県西尾市今川町石橋1-1", "0563-00-0003", FacilityStatus.ACTIVE,
                        new Publication(true, EnumSet.of(PublishedField.NAME, PublishedField.KIND, PublishedField.ADDRESS))),
                facility(NURSING_STATION, "にしお訪問看護ステーション", "ニシオホウモンカンゴステーション",
                        FacilityKind.VISITING_NURSING_STATION, "445-0072", "愛知県西尾市徳次町下十五夜1-1",
                        "0563-00-0004", FacilityStatus.ACTIVE,
                        new Publication(true, EnumSet.of(PublishedField.NAME, PublishedField.KIND, PublishedField.PHONE))),
                facility(PHARMACY, "みどり薬局", "ミドリヤッキョク", FacilityKind.PHARMACY,
                        "445-0852", "愛知県西尾市花ノ木町1-1", "0563-00-0005", FacilityStatus.ACTIVE,
                        new Publication(true, all)),
                facility(CARE_MANAGEMENT, "西尾ケアプランセンター", "ニシオケアプランセンター",
                        FacilityKind.CARE_MANAGEMENT_OFFICE, "445-0801", "愛知県西尾市上町1-1", "0563-00-0006",
                        FacilityStatus.ACTIVE, Publication.hidden()),
                // its administrator has applied to leave (§9), so that a person can try the operator's approval
                facility(DAY_SERVICE, "吉良デイサービスセンター", "キラデイサービスセンター", FacilityKind.DAY_SERVICE,
                        "444-0503", "愛知県西尾市吉良町吉田1-1", "0563-00-0007", FacilityStatus.ACTIVE,
                        new Publication(true, EnumSet.of(PublishedField.KIND, PublishedField.ADDRESS)))
                        .withDeregistrationRequested(new DeregistrationRequest(SEEDED_AT, DAY_SERVICE_ADMIN,
                                "事業所を閉所するため"), SEEDED_AT),
                facility(SUSPENDED_CLINIC, "一色こどもクリニック", "イッシキコドモクリニック", FacilityKind.CLINIC,
                        "444-0423", "愛知県西尾市一色町一色1-1", "0563-00-0008", FacilityStatus.SUSPENDED,
                        new Publication(true, all)),
                facility(PARTNER_NETWORK_ID, PARTNER_CITY_OFFICE, "碧南市役所 高齢介護課", "ヘキナンシヤクショ コウレイカイゴカ",
                        FacilityKind.CITY_OFFICE, "447-8601", "愛知県碧南市松本町28", "0566-41-3311",
                        FacilityStatus.ACTIVE, new Publication(true, all)),
                facility(PARTNER_NETWORK_ID, PARTNER_NURSING_STATION, "へきなん訪問看護ステーション",
                        "ヘキナンホウモンカンゴステーション", FacilityKind.VISITING_NURSING_STATION, "447-0000",
                        "愛知県碧南市中央町1-1", "0566-00-0010", FacilityStatus.ACTIVE, new Publication(true, all)));
    }

    public static List<DemoUser> users() {
        return List.of(
                new DemoUser(OPERATOR, CITY_OFFICE, "西尾 花子", "ニシオ ハナコ", Profession.CITY_STAFF, Role.OPERATOR,
                        UserStatus.ACTIVE),
                new DemoUser(FACILITY_ADMIN, CLINIC, "井桁 一郎", "イゲタ イチロウ", Profession.DOCTOR, Role.FACILITY_ADMIN,
                        UserStatus.ACTIVE),
                new DemoUser(NURSE, NURSING_STATION, "訪看 さくら", "ホウカン サクラ", Profession.NURSE, Role.MEMBER,
                        UserStatus.ACTIVE),
                new DemoUser(PHARMACIST, PHARMACY, "緑 健太", "ミドリ ケンタ", Profession.PHARMACIST, Role.MEMBER,
                        UserStatus.ACTIVE),
                new DemoUser(DAY_SERVICE_ADMIN, DAY_SERVICE, "吉良 実", "キラ ミノル", Profession.CARE_WORKER,
                        Role.FACILITY_ADMIN, UserStatus.ACTIVE),
                // a clinic nurse suspended by the operator, so that a person can try reinstating
                new DemoUser(SUSPENDED_NURSE, CLINIC, "井桁 看子", "イゲタ カンコ", Profession.NURSE, Role.MEMBER,
                        UserStatus.SUSPENDED),
                new DemoUser(PARTNER_OPERATOR, PARTNER_CITY_OFFICE, "碧南 夏子", "ヘキナン ナツコ", Profession.CITY_STAFF,
                        Role.OPERATOR, UserStatus.ACTIVE),
                // may join the demo patients' care teams once 碧南市 accepts the agreement
                new DemoUser(PARTNER_NURSE, PARTNER_NURSING_STATION, "碧 みなみ", "ミドリ ミナミ", Profession.NURSE,
                        Role.MEMBER, UserStatus.ACTIVE));
    }

    /** Applications waiting for the operator's review (§6-1), so that a person can try the operator's work. */
    public static List<RegistrationApplication> pendingApplications() {
        return List.of(
                application(PENDING_APPLICATION, "みなみ在宅クリニック", "ミナミザイタククリニック", FacilityKind.CLINIC,
                        "445-0894", "愛知県西尾市上町南泉寺1-1", "0563-00-0101", "南 拓海", "ミナミ タクミ",
                        Profession.DOCTOR, "minami@example.jp", Instant.parse("2026-11-20T01:00:00Z")),
                application(SECOND_PENDING_APPLICATION, "ひまわり訪問介護", "ヒマワリホウモンカイゴ",
                        FacilityKind.HOME_HELP_SERVICE, "444-0321", "愛知県西尾市寺津町1-1", "0563-00-0102",
                        "日向 葵", "ヒナタ アオイ", Profession.CARE_WORKER, "himawari@example.jp",
                        Instant.parse("2026-11-21T02:00:00Z")),
                application(THIRD_PENDING_APPLICATION, "さくら薬局 寺津店", "サクラヤッキョクテラヅテン", FacilityKind.PHARMACY,
                        "444-0322", "愛知県西尾市寺津町2-2", "0563-00-0103", "桜井 誠", "サクライ マコト",
                        Profession.PHARMACIST, "sakura@example.jp", Instant.parse("2026-11-22T03:00:00Z")));
    }

    private static RegistrationApplication application(String id, String name, String kana, FacilityKind kind,
                                                       String postalCode, String address, String phone,
                                                       String adminName, String adminKana, Profession profession,
                                                       String email, Instant submittedAt) {
        return new RegistrationApplication(id, NETWORK_ID,
                new RegistrationApplication.FacilityDetails(name, kana, kind, postalCode, address, phone),
                new RegistrationApplication.Administrator(adminName, adminKana, profession, email),
                new RegistrationApplication.Pledge("1", adminName, LocalDate.ofInstant(submittedAt, ZoneOffset.UTC),
                        "2021-04-01"),
                Publication.everything(), RegistrationStatus.SUBMITTED, submittedAt, null, null, null, null, 1);
    }

    /** Writes whatever of the demo data is missing. */
    public void apply() {
        for (Network network : List.of(new Network(NETWORK_ID, "西尾市", "ニシオシ"),
                new Network(PARTNER_NETWORK_ID, "碧南市", "ヘキナンシ"), new Network(THIRD_NETWORK_ID, "安城市", "アンジョウシ"))) {
            if (networks.find(network.id()).isEmpty()) {
                networks.create(network);
            }
        }
        if (agreements.of(NETWORK_ID).isEmpty()) {
            agreements.propose(new Agreement(PROPOSED_AGREEMENT, NETWORK_ID, PARTNER_NETWORK_ID, AgreementStatus.PROPOSED,
                    "西尾市・碧南市 在宅医療介護連携に関する広域連携協定", OPERATOR, SEEDED_AT, null, null, null, null));
        }
        for (Facility facility : facilities()) {
            if (facilities.find(facility.id()).isEmpty()) {
                facilities.create(facility);
            }
        }
        for (RegistrationApplication application : pendingApplications()) {
            if (registrations.find(application.id()).isEmpty()) {
                registrations.create(application);
            }
        }
        if (incidentReports.find(INCIDENT_REPORT).isEmpty()) {
            Instant reported = Instant.parse("2026-11-20T01:10:00Z");
            incidentReports.create(new IncidentReport(INCIDENT_REPORT, NETWORK_ID, NURSING_STATION, NURSE,
                    IncidentKind.LOST_DEVICE, Instant.parse("2026-11-20T00:40:00Z"),
                    "訪問先から事業所へ戻る途中で、いげたネットを開いたままの業務用タブレットを紛失しました。画面ロックは設定済みです。",
                    IncidentStatus.RECEIVED, null, null, 1, reported, reported));
        }
        // the demo passwords are set now, so their age (§6-4) counts from this seeding
        Instant passwordsSetAt = Instant.now();
        for (DemoUser user : users()) {
            ensureCognitoUser(user);
            if (accounts.find(user.userId()).isEmpty()) {
                accounts.create(new UserAccount(user.userId(), user.facilityId(), networkOf(user.facilityId()), user.name(), user.kana(),
                        user.profession(), user.role(), user.status(), passwordsSetAt, null, null, null, null, 1,
                        SEEDED_AT,
                        SEEDED_AT));
            }
        }
    }

    private void ensureCognitoUser(DemoUser user) {
        try {
            cognito.adminGetUser(request -> request.userPoolId(userPoolId).username(user.userId()));
        } catch (UserNotFoundException missing) {
            cognito.adminCreateUser(request -> request.userPoolId(userPoolId)
                    .username(user.userId())
                    .temporaryPassword(DEMO_PASSWORD)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(
                            AttributeType.builder().name("custom:facility_id").value(user.facilityId()).build(),
                            AttributeType.builder().name("custom:network_id").value(networkOf(user.facilityId())).build()));
            cognito.adminSetUserPassword(request -> request.userPoolId(userPoolId).username(user.userId())
                    .password(DEMO_PASSWORD).permanent(true));
            cognito.adminAddUserToGroup(request -> request.userPoolId(userPoolId).username(user.userId())
                    .groupName(user.role().group()));
        }
    }

    /** The network of a demo facility. */
    public static String networkOf(String facilityId) {
        return facilities().stream().filter(facility -> facility.id().equals(facilityId)).findFirst()
                .map(Facility::networkId).orElseThrow();
    }

    private static Facility facility(String id, String name, String kana, FacilityKind kind, String postalCode,
                                     String address, String phone, FacilityStatus status, Publication publication) {
        return facility(NETWORK_ID, id, name, kana, kind, postalCode, address, phone, status, publication);
    }

    private static Facility facility(String networkId, String id, String name, String kana, FacilityKind kind,
                                     String postalCode, String address, String phone, FacilityStatus status,
                                     Publication publication) {
        return new Facility(id, networkId, name, kana, kind, postalCode, address, phone, status, publication, null, 1,
                SEEDED_AT, SEEDED_AT);
    }

    /** A demo account. */
    public record DemoUser(String userId, String facilityId, String name, String kana, Profession profession,
                           Role role, UserStatus status) {
    }
}
