package jp.igetanet.core.record;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Therapeutic groups whose members are not taken together without a reason: two different ingredients of one group
 * are a duplicate therapy. The YJ code's four-digit class cannot say this — lansoprazole and rebamipide share 2329
 * but only the first suppresses acid, while famotidine (2325) does; zolpidem, triazolam and etizolam sit in 1129,
 * 1124 and 1179 — so each group lists its ingredients by the first seven characters of their YJ codes (薬価基準,
 * 2025-07-16 listing). The list is curated and small on purpose; each group names the guidance behind it.
 */
public enum TherapeuticGroup {

    BENZODIAZEPINE_RECEPTOR_AGONISTS("bz_receptor_agonists", "ベンゾジアゼピン受容体作動薬（睡眠薬・抗不安薬）",
            "日本老年医学会「高齢者の安全な薬物療法ガイドライン2015」（ベンゾジアゼピン系・非ベンゾジアゼピン系睡眠薬、抗不安薬）",
            Set.of("1124007", // トリアゾラム
                    "1124009", // ブロチゾラム
                    "1129009", // ゾルピデム酒石酸塩
                    "1179025")), // エチゾラム
    ACID_SUPPRESSANTS("acid_suppressants", "胃酸分泌抑制薬（プロトンポンプ阻害薬・H2受容体拮抗薬）",
            "日本消化器病学会「消化性潰瘍診療ガイドライン2020」（PPI と H2 受容体拮抗薬の併用は推奨されない）",
            Set.of("2329023", // ランソプラゾール
                    "2329029", // エソメプラゾールマグネシウム水和物
                    "2325003")), // ファモチジン
    NSAIDS("nsaids", "非ステロイド性抗炎症薬（NSAIDs）",
            "日本老年医学会「高齢者の安全な薬物療法ガイドライン2015」（NSAIDs）",
            Set.of("1149019", // ロキソプロフェンナトリウム水和物
                    "1147002", // ジクロフェナクナトリウム
                    "1149037")), // セレコキシブ
    ANTICOAGULANTS("anticoagulants", "抗凝固薬",
            "日本循環器学会「2020年改訂版 不整脈薬物治療ガイドライン」（抗凝固薬）",
            Set.of("3332001", // ワルファリンカリウム
                    "3339004")), // アピキサバン
    STATINS("statins", "HMG-CoA還元酵素阻害薬（スタチン）",
            "日本動脈硬化学会「動脈硬化性疾患予防ガイドライン2022年版」（スタチン）",
            Set.of("2189015", // アトルバスタチンカルシウム水和物
                    "2189017")); // ロスバスタチンカルシウム

    private final String code;
    private final String label;
    private final String source;
    private final Set<String> ingredients;

    TherapeuticGroup(String code, String label, String source, Set<String> ingredients) {
        this.code = code;
        this.label = label;
        this.source = source;
        this.ingredients = ingredients;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The guidance that names this group. */
    public String source() {
        return source;
    }

    /** The group an ingredient (first seven characters of a YJ code) belongs to, if any. */
    public static Optional<TherapeuticGroup> of(String ingredient) {
        return Arrays.stream(values()).filter(group -> group.ingredients.contains(ingredient)).findFirst();
    }
}
