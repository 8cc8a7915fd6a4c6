package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.Medication;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.Vitals;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jp.igetanet.core.aws.dynamodb.Attributes.instant;
import static jp.igetanet.core.aws.dynamodb.Attributes.n;
import static jp.igetanet.core.aws.dynamodb.Attributes.number;
import static jp.igetanet.core.aws.dynamodb.Attributes.putIfPresent;
import static jp.igetanet.core.aws.dynamodb.Attributes.s;
import static jp.igetanet.core.aws.dynamodb.Attributes.string;
import static jp.igetanet.core.aws.dynamodb.Attributes.strings;

/**
 * Maps a {@link Post} of the shared record, with its vitals, medications and lab results, to its item and back, and
 * names the attributes that a correction changes and that the record's reads filter on.
 */
final class PostItems {

    static final String CATEGORY = "category";
    /** A map with one number per vital sign taken. */
    static final String VITALS = "vitals";
    static final String MEDICATIONS = "medications";
    /** The distinct codes of the coded lab results, a string set for {@code contains}. */
    static final String LAB_CODES = "labCodes";

    private PostItems() {
    }

    static Map<String, AttributeValue> toItem(Post post) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.post(post.patientId(), post.id()));
        item.putAll(attributesOf(post));
        return item;
    }

    /** A post's attributes, without its key (the current post's or a replaced version's). */
    static Map<String, AttributeValue> attributesOf(Post post) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("type", s("post"));
        item.put("patientId", s(post.patientId()));
        item.put("id", s(post.id()));
        contentAttributes(post.content()).forEach((name, value) -> value.ifPresent(present -> item.put(name, present)));
        item.put("authorId", s(post.authorId()));
        item.put("authorFacilityId", s(post.authorFacilityId()));
        item.put("postedAt", instant(post.postedAt()));
        item.put(Keys.EXPIRES_AT, n(post.expiresAt().getEpochSecond()));
        item.put("version", n(post.version()));
        item.put("versionAt", instant(post.versionAt()));
        if (post.correction() != null) {
            item.put("correctedBy", s(post.correction().correctedBy()));
            item.put("correctedAt", instant(post.correction().correctedAt()));
            item.put("correctionReason", s(post.correction().reason()));
        }
        return item;
    }

    /** What a correction sets on the current item, empty for what it removes: the next version's content and number. */
    static Map<String, Optional<AttributeValue>> correctionAttributes(Post next) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>(contentAttributes(next.content()));
        attributes.put("version", Optional.of(n(next.version())));
        attributes.put("versionAt", Optional.of(instant(next.versionAt())));
        return attributes;
    }

    /** The attributes a post's content is stored in, each empty when the content has no such part. */
    static Map<String, Optional<AttributeValue>> contentAttributes(PostContent content) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>();
        attributes.put(CATEGORY, Optional.of(s(content.category().code())));
        attributes.put("text", Optional.ofNullable(content.text()).filter(text -> !text.isEmpty()).map(Attributes::s));
        attributes.put(VITALS, Optional.ofNullable(content.vitals()).filter(vitals -> !vitals.isEmpty())
                .map(vitals -> AttributeValue.fromM(vitalsItem(vitals))));
        attributes.put(MEDICATIONS, content.medications().isEmpty() ? Optional.empty()
                : Optional.of(AttributeValue.fromL(content.medications().stream()
                .map(m -> AttributeValue.fromM(medicationItem(m))).toList())));
        attributes.put("labResults", content.labResults().isEmpty() ? Optional.empty()
                : Optional.of(AttributeValue.fromL(content.labResults().stream()
                .map(l -> AttributeValue.fromM(labItem(l))).toList())));
        List<String> codes = content.labResults().stream().filter(LabResult::isCoded).map(LabResult::code)
                .distinct().toList();
        attributes.put(LAB_CODES, codes.isEmpty() ? Optional.empty() : Optional.of(AttributeValue.fromSs(codes)));
        attributes.put("attachmentIds", content.attachmentIds().isEmpty() ? Optional.empty()
                : Optional.of(strings(content.attachmentIds())));
        return attributes;
    }

    static Post fromItem(Map<String, AttributeValue> item) {
        Vitals vitals = null;
        if (item.containsKey(VITALS)) {
            Map<String, AttributeValue> v = item.get(VITALS).m();
            vitals = new Vitals(integer(v, "systolic"), integer(v, "diastolic"), integer(v, "pulse"),
                    decimal(v, "temperature"), integer(v, "spo2"), integer(v, "respiration"), decimal(v, "weight"),
                    integer(v, "pain"));
        }
        PostContent content = new PostContent(PostCategory.fromCode(string(item, CATEGORY)).orElse(PostCategory.OTHER),
                string(item, "text"), vitals,
                list(item, MEDICATIONS).stream().map(m -> medicationOf(m.m())).toList(),
                list(item, "labResults").stream().map(l -> labOf(l.m())).toList(),
                strings(item, "attachmentIds"));
        return new Post(string(item, "patientId"), string(item, "id"), content,
                string(item, "authorId"), string(item, "authorFacilityId"), instant(item, "postedAt"),
                Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)), (int) number(item, "version"),
                item.containsKey("versionAt") ? instant(item, "versionAt") : instant(item, "postedAt"),
                item.containsKey("correctedBy") ? new Post.Correction(string(item, "correctedBy"),
                        instant(item, "correctedAt"), string(item, "correctionReason")) : null);
    }

    private static Map<String, AttributeValue> vitalsItem(Vitals v) {
        Map<String, AttributeValue> item = new HashMap<>();
        putNumber(item, "systolic", v.systolic());
        putNumber(item, "diastolic", v.diastolic());
        putNumber(item, "pulse", v.pulse());
        putNumber(item, "temperature", v.temperature());
        putNumber(item, "spo2", v.spo2());
        putNumber(item, "respiration", v.respiration());
        putNumber(item, "weight", v.weight());
        putNumber(item, "pain", v.pain());
        return item;
    }

    private static Map<String, AttributeValue> medicationItem(Medication m) {
        Map<String, AttributeValue> item = new HashMap<>();
        putIfPresent(item, "yjCode", m.yjCode());
        item.put("name", s(m.name()));
        putNumber(item, "dose", m.dose());
        putIfPresent(item, "unit", m.unit());
        putIfPresent(item, "frequency", m.frequency());
        putIfPresent(item, "startDate", m.startDate() == null ? null : m.startDate().toString());
        putIfPresent(item, "endDate", m.endDate() == null ? null : m.endDate().toString());
        putIfPresent(item, "prescriber", m.prescriber());
        return item;
    }

    private static Medication medicationOf(Map<String, AttributeValue> item) {
        return new Medication(string(item, "yjCode"), string(item, "name"), decimal(item, "dose"), string(item, "unit"),
                string(item, "frequency"), date(item, "startDate"), date(item, "endDate"), string(item, "prescriber"));
    }

    private static Map<String, AttributeValue> labItem(LabResult l) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("code", s(l.code()));
        item.put("name", s(l.name()));
        putNumber(item, "value", l.value());
        putIfPresent(item, "resultText", l.resultText());
        putIfPresent(item, "unit", l.unit());
        putNumber(item, "referenceLow", l.referenceLow());
        putNumber(item, "referenceHigh", l.referenceHigh());
        item.put("specimenDate", s(l.specimenDate().toString()));
        return item;
    }

    private static LabResult labOf(Map<String, AttributeValue> item) {
        return new LabResult(string(item, "code"), string(item, "name"), decimal(item, "value"),
                string(item, "resultText"), string(item, "unit"), decimal(item, "referenceLow"),
                decimal(item, "referenceHigh"), date(item, "specimenDate"));
    }

    private static LocalDate date(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? LocalDate.parse(item.get(name).s()) : null;
    }

    private static void putNumber(Map<String, AttributeValue> item, String name, Number value) {
        if (value != null) {
            item.put(name, AttributeValue.fromN(value instanceof BigDecimal decimal ? decimal.toPlainString()
                    : value.toString()));
        }
    }

    private static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).l() : List.of();
    }

    private static Integer integer(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Integer.valueOf(item.get(name).n()) : null;
    }

    private static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? new BigDecimal(item.get(name).n()) : null;
    }
}
