package jp.igetanet.core.facility;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KanaReadingTest {

    @Test
    void hiraganaHalfWidthAndFullWidthKatakanaReadAlike() {
        assertEquals("ニシオ", KanaReading.normalize("にしお"));
        assertEquals("ニシオ", KanaReading.normalize("ﾆｼｵ"));
        assertEquals("ニシオ", KanaReading.normalize("ニシオ"));
    }

    @Test
    void spacesAreDroppedAndLatinLettersLowerCased() {
        assertEquals("ニシオシヤクショチョウジュカ", KanaReading.normalize("ニシオシヤクショ　チョウジュカ"));
        assertEquals("abcクリニック", KanaReading.normalize("ＡＢＣ クリニック"));
        assertEquals("", KanaReading.normalize(null));
    }
}
