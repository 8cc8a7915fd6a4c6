package jp.igetanet.core.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One laboratory result recorded in a post: its JLAC10 code ({@link #UNCODED} when the lab gave none), the item's
 * name, a numeric value or a qualitative result, the unit, the reference range and the specimen date.
 */
public record LabResult(
        String code,
        String name,
        BigDecimal value,
        String resultText,
        String unit,
        BigDecimal referenceLow,
        BigDecimal referenceHigh,
        LocalDate specimenDate) {

    /** The JLAC10 code of a result that has none. */
    public static final String UNCODED = "99999999999999999";

    /**
     * Seventeen characters: analyte (5: a digit, a letter or digit, three more), identification (4), specimen (3),
     * method (3) and result type (2), all digits after the analyte.
     */
    private static final Pattern JLAC10 = Pattern.compile("\\d[0-9A-Z]{4}\\d{12}");

    public static boolean isWellFormedCode(String candidate) {
        return candidate != null && JLAC10.matcher(candidate).matches();
    }

    public boolean isCoded() {
        return !UNCODED.equals(code);
    }

    /** H above the reference range, L below it, nothing within it or without a numeric value or range. */
    public Optional<String> flag() {
        if (value == null) {
            return Optional.empty();
        }
        if (referenceHigh != null && value.compareTo(referenceHigh) > 0) {
            return Optional.of("H");
        }
        if (referenceLow != null && value.compareTo(referenceLow) < 0) {
            return Optional.of("L");
        }
        return Optional.empty();
    }
}
