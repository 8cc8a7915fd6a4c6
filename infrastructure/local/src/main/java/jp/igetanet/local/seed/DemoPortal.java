package jp.igetanet.local.seed;

import jp.igetanet.core.portal.Announcement;
import jp.igetanet.core.portal.AnnouncementKind;
import jp.igetanet.core.portal.Announcements;
import jp.igetanet.core.portal.Overview;
import jp.igetanet.core.portal.PortalContent;
import jp.igetanet.core.portal.TermsVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo network's portal: the overview of 西尾市's network, the terms of use in force since 2021-04-01 (the
 * service's own text) and three announcements. Only what is missing is written, so a restart changes nothing.
 */
public final class DemoPortal {

    public static final String TERMS_VERSION = "2021-04-01";
    /** Announcement ids are time-ordered: the newest has the greatest. */
    public static final String SERVICE_CHANGE = "01KDEM0ANN0000000000000001";
    public static final String MAINTENANCE = "01KDEM0ANN0000000000000002";
    public static final String NOTICE = "01KDEM0ANN0000000000000003";

    private final PortalContent content;
    private final Announcements announcements;

    public DemoPortal(PortalContent content, Announcements announcements) {
        this.content = content;
        this.announcements = announcements;
    }

    public void apply() {
        Instant seeded = Instant.parse("2026-10-01T00:00:00Z");
        if (content.overview(DemoSeed.NETWORK_ID).isEmpty()) {
            content.saveOverview(new Overview(DemoSeed.NETWORK_ID, "西尾市 在宅医療・介護連携ネットワーク",
                    "いげたネットは、西尾市の在宅医療・介護にかかわる医師、訪問看護師、薬剤師、ケアマネジャー、ヘルパーなどが、"
                            + "療養者ご本人の同意のもとで情報を共有するための連絡帳です。\n\n"
                            + "参加できるのは、利用登録を済ませた医療機関、薬局、訪問看護ステーション、居宅介護支援事業所、"
                            + "介護サービス事業所などです。参加の手続きは「参加するには」をご覧ください。\n\n"
                            + "運営: 西尾市 長寿課（在宅医療・介護連携推進事業）", 1, seeded, DemoSeed.OPERATOR), 0);
        }
        if (content.terms(DemoSeed.NETWORK_ID).isEmpty()) {
            content.publishTerms(new TermsVersion(DemoSeed.NETWORK_ID, LocalDate.parse(TERMS_VERSION),
                    "「いげたネット」利用規約", termsText(), Instant.parse("2021-03-01T00:00:00Z"), DemoSeed.OPERATOR));
        }
        for (Announcement announcement : List.of(
                announcement(NOTICE, AnnouncementKind.NOTICE, "年末年始の問い合わせ窓口について",
                        "12月29日から1月3日まで、事務局の窓口はお休みします。急ぎの場合は各施設の施設責任者にご相談ください。",
                        "2026-11-20T00:00:00Z"),
                announcement(MAINTENANCE, AnnouncementKind.SUSPENSION, "定期保守のためのサービスの一時停止（12月6日）",
                        "12月6日（日）午前2時から午前6時まで、定期保守のためサービスを一時停止します（利用規約第25条）。"
                                + "停止中は連絡帳を閲覧・投稿できません。", "2026-11-15T00:00:00Z"),
                announcement(SERVICE_CHANGE, AnnouncementKind.SERVICE_CHANGE, "検査結果の時系列表示を追加しました",
                        "連絡帳に登録した検査結果（JLAC10コード付き）を、項目ごとに時系列で見られるようになりました（利用規約第28条）。",
                        "2026-11-01T00:00:00Z"))) {
            if (announcements.find(announcement.id()).isEmpty()) {
                announcements.create(announcement);
            }
        }
    }

    private static Announcement announcement(String id, AnnouncementKind kind, String title, String body, String at) {
        Instant published = Instant.parse(at);
        return new Announcement(id, DemoSeed.NETWORK_ID, kind, title, body, null, published, DemoSeed.OPERATOR,
                published, 1);
    }

    private static String termsText() {
        try (InputStream in = DemoPortal.class.getResourceAsStream("/seed/terms-of-use.ja.txt")) {
            if (in == null) {
                throw new IllegalStateException("the demo terms text is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
