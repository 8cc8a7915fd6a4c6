package jp.igetanet.core.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One medication recorded in a post: its YJ code (薬価基準収載医薬品コード) when known, the product name, dose and
 * unit per administration, frequency, the period it is taken and who prescribed it. Two entries with the same first
 * seven characters of their YJ codes are the same ingredient by the same route, whatever the maker or strength.
 */
public record Medication(
        String yjCode,
        String name,
        BigDecimal dose,
        String unit,
        String frequency,
        LocalDate startDate,
        LocalDate endDate,
        String prescriber) {

    /**
     * Twelve characters: therapeutic class (4 digits) and ingredient (3) and route, dosage form (a letter),
     * strength, brand (2) and a check character.
     */
    private static final Pattern YJ_CODE = Pattern.compile("\\d{7}[A-Z][0-9A-Z]{4}");

    public static boolean isWellFormedYjCode(String candidate) {
        return candidate != null && YJ_CODE.matcher(candidate).matches();
    }

    /** The ingredient and route: the first seven characters of the YJ code, when coded. */
    public Optional<String> ingredient() {
        return Optional.ofNullable(yjCode).map(code -> code.substring(0, 7));
    }

    /** Taken on this day: started (or no start recorded) and not yet ended. */
    public boolean isTakenOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
