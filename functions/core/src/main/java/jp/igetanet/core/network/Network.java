package jp.igetanet.core.network;

/**
 * A municipality's network (地域ネットワーク): every facility belongs to one, and a patient's home network's
 * rules govern that patient's data (§4-4/5).
 */
public record Network(String id, String name, String kana) {

    /** Network ids are short lowercase slugs chosen by the operator, e.g. {@code nishio}. */
    public static boolean isWellFormedId(String candidate) {
        return candidate != null && candidate.matches("[a-z][a-z0-9-]{1,31}");
    }
}
