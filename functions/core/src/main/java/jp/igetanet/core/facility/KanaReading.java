package jp.igetanet.core.facility;

import java.text.Normalizer;

/**
 * Normalises Japanese readings and search words so that ｶﾀｶﾅ, カタカナ and ひらがな, full- and half-width
 * letters compare equal: NFKC, then hiragana to katakana, then spaces removed and Latin letters lower-cased.
 */
public final class KanaReading {

    private KanaReading() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= 'ぁ' && c <= 'ゖ') {
                out.append((char) (c + ('ァ' - 'ぁ')));
            } else if (!Character.isWhitespace(c) && c != '　') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
