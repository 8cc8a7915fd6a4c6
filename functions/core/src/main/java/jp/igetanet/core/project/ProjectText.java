package jp.igetanet.core.project;

import jp.igetanet.core.facility.KanaReading;
import jp.igetanet.core.id.SortableIds;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for what people write in projects. Projects hold no patient data: patient information belongs in the
 * patient's record, seen by the care team only (§13). Text that names a patient by id or by a link to a patient's
 * record is refused. Whether such an id belongs to an existing patient is never looked up: the answer would tell the
 * writer that the patient exists.
 */
public final class ProjectText {

    /** A run of 26 letters and digits standing alone, the length of the ids the service issues. */
    private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{26}(?![0-9A-Za-z])");

    private ProjectText() {
    }

    /** Whether the text holds something shaped like a patient's id or a link to a patient's record. */
    public static boolean referencesPatient(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains("/patients/")) {
            return true;
        }
        Matcher candidates = ID_SHAPED.matcher(text);
        while (candidates.find()) {
            if (SortableIds.isWellFormed(candidates.group().toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form in which post text is stored for searching and search words are compared: full- and half-width forms,
     * hiragana and katakana, upper and lower case alike, spaces removed ({@link KanaReading#normalize}).
     */
    public static String searchable(String text) {
        return KanaReading.normalize(text);
    }
}
