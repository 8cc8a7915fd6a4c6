package jp.igetanet.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's current medications drawn from the shared record, each with its duplicate warnings.
 *
 * <p>A later post that records the same product (same YJ code, or same name when uncoded) from the same prescriber
 * supersedes the earlier entries: a continued prescription is one medication, and an end date recorded later stops
 * it. What remains and is taken today is current. Two current entries are duplicates when they have the same
 * ingredient (first seven characters of the YJ code) or different ingredients of one {@link TherapeuticGroup}.
 * Entries without a YJ code are listed but cannot be checked.
 */
public final class MedicationReview {

    private MedicationReview() {
    }

    /** One medication entry and the post it was recorded in. */
    public record Entry(Post post, int index, Medication medication) {
    }

    /** A current medication with the warnings it raises. */
    public record Current(Entry entry, List<Warning> warnings) {
    }

    public enum Kind {
        SAME_INGREDIENT("same_ingredient"),
        SAME_GROUP("therapeutic_group");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A duplicate: its kind, the group for a group duplicate, and the other entries involved. */
    public record Warning(Kind kind, TherapeuticGroup group, List<Entry> others) {

        public String message() {
            return kind == Kind.SAME_INGREDIENT
                    ? "同じ成分の薬が" + (others.size() + 1) + "件記録されています（重複投薬の可能性）。"
                    : group.label() + "が重複しています（" + (others.size() + 1) + "剤）。";
        }
    }

    /** The current medications in the posts (current versions, newest first), as of {@code today}. */
    public static List<Current> of(List<Post> newestFirst, LocalDate today) {
        List<Entry> current = new ArrayList<>();
        Set<String> recordedLater = new HashSet<>();
        for (Post post : newestFirst) {
            List<Medication> medications = post.content().medications();
            Set<String> inThisPost = new HashSet<>();
            for (int index = 0; index < medications.size(); index++) {
                Medication medication = medications.get(index);
                String product = product(medication);
                inThisPost.add(product);
                if (!recordedLater.contains(product) && medication.isTakenOn(today)) {
                    current.add(new Entry(post, index, medication));
                }
            }
            recordedLater.addAll(inThisPost);
        }
        return current.stream().map(entry -> new Current(entry, warnings(entry, current))).toList();
    }

    private static List<Warning> warnings(Entry entry, List<Entry> current) {
        Optional<String> ingredient = entry.medication().ingredient();
        if (ingredient.isEmpty()) {
            return List.of();
        }
        List<Entry> sameIngredient = current.stream().filter(other -> other != entry)
                .filter(other -> other.medication().ingredient().equals(ingredient)).toList();
        Optional<TherapeuticGroup> group = TherapeuticGroup.of(ingredient.get());
        List<Entry> sameGroup = group.map(g -> current.stream().filter(other -> other.medication().ingredient()
                .filter(i -> !i.equals(ingredient.get())).flatMap(TherapeuticGroup::of).equals(Optional.of(g))).toList())
                .orElse(List.of());
        List<Warning> warnings = new ArrayList<>();
        if (!sameIngredient.isEmpty()) {
            warnings.add(new Warning(Kind.SAME_INGREDIENT, null, sameIngredient));
        }
        if (!sameGroup.isEmpty()) {
            warnings.add(new Warning(Kind.SAME_GROUP, group.get(), sameGroup));
        }
        return warnings;
    }

    /** The product and prescriber an entry is about: a later entry with the same supersedes it. */
    private static String product(Medication medication) {
        String product = medication.yjCode() != null ? medication.yjCode() : normalized(medication.name());
        return product + "|" + normalized(medication.prescriber());
    }

    private static String normalized(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
