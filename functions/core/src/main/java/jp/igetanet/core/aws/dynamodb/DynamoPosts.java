package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.aws.dynamodb.VersionedPosts.Filter;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.record.LabResult;
import jp.igetanet.core.record.Medication;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostContent;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.time.Retention;
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
 * {@link Posts} in the domain table: a patient's posts are one partition in time order ({@link DomainTable}).
 * DynamoDB deletes expired items only eventually, so every read also leaves out what is past {@code expiresAt}.
 */
@Singleton
public class DynamoPosts implements Posts {

    private final ItemStore items;
    private final VersionedPosts versioned;

    DynamoPosts(ItemStore items) {
        this.items = items;
        this.versioned = new VersionedPosts(items, Keys.PATIENT, "post-reading");
    }

    public static DynamoPosts on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoPosts(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(CareTeamAccess access, Post post) {
        access.requireSamePatient(post.patientId());
        Map<String, AttributeValue> item = new HashMap<>(Keys.post(post.patientId(), post.id()));
        item.putAll(itemOf(post));
        items.create(item);
    }

    /** A post's attributes, without its key (the current post's or a replaced version's). */
    private static Map<String, AttributeValue> itemOf(Post post) {
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

    /** The attributes a post's content is stored in, each empty when the content has no such part. */
    private static Map<String, Optional<AttributeValue>> contentAttributes(PostContent content) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>();
        attributes.put("category", Optional.of(s(content.category().code())));
        attributes.put("text", Optional.ofNullable(content.text()).filter(text -> !text.isEmpty()).map(Attributes::s));
        attributes.put("vitals", Optional.ofNullable(content.vitals()).filter(vitals -> !vitals.isEmpty())
                .map(vitals -> AttributeValue.fromM(vitalsItem(vitals))));
        attributes.put("medications", content.medications().isEmpty() ? Optional.empty()
                : Optional.of(AttributeValue.fromL(content.medications().stream()
                .map(m -> AttributeValue.fromM(medicationItem(m))).toList())));
        attributes.put("labResults", content.labResults().isEmpty() ? Optional.empty()
                : Optional.of(AttributeValue.fromL(content.labResults().stream()
                .map(l -> AttributeValue.fromM(labItem(l))).toList())));
        List<String> codes = content.labResults().stream().filter(LabResult::isCoded).map(LabResult::code)
                .distinct().toList();
        attributes.put("labCodes", codes.isEmpty() ? Optional.empty() : Optional.of(AttributeValue.fromSs(codes)));
        attributes.put("attachmentIds", content.attachmentIds().isEmpty() ? Optional.empty()
                : Optional.of(strings(content.attachmentIds())));
        return attributes;
    }

    @Override
    public void correct(CareTeamAccess access, Post replaced, Post next) {
        access.requireSamePatient(replaced.patientId());
        access.requireSamePatient(next.patientId());
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>(contentAttributes(next.content()));
        attributes.put("version", Optional.of(n(next.version())));
        attributes.put("versionAt", Optional.of(instant(next.versionAt())));
        versioned.correct(next.patientId(), next.id(), replaced.version(), itemOf(replaced), attributes);
    }

    @Override
    public List<Post> history(CareTeamAccess access, String postId, Instant now) {
        return versioned.history(access.patientId(), postId, now).stream().map(DynamoPosts::postOf).toList();
    }

    @Override
    public void createAttachment(CareTeamAccess access, jp.igetanet.core.record.Attachment attachment) {
        access.requireSamePatient(attachment.patientId());
        Map<String, AttributeValue> item = new HashMap<>(Keys.attachment(attachment.patientId(), attachment.id()));
        item.put("type", s("attachment"));
        item.put("patientId", s(attachment.patientId()));
        item.put("id", s(attachment.id()));
        item.put("objectKey", s(attachment.objectKey()));
        item.put("contentType", s(attachment.contentType()));
        item.put("uploadedBy", s(attachment.uploadedBy()));
        item.put("createdAt", instant(attachment.createdAt()));
        item.put(Keys.EXPIRES_AT, n(attachment.expiresAt().getEpochSecond()));
        items.create(item);
    }

    @Override
    public Optional<jp.igetanet.core.record.Attachment> attachment(CareTeamAccess access, String attachmentId,
                                                                Instant now) {
        String patientId = access.patientId();
        return items.get(Keys.attachment(patientId, attachmentId))
                .map(item -> new jp.igetanet.core.record.Attachment(string(item, "patientId"), string(item, "id"),
                        string(item, "objectKey"), string(item, "contentType"), string(item, "uploadedBy"),
                        instant(item, "createdAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT))))
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }

    @Override
    public boolean markRead(CareTeamAccess access, String postId, Instant at, Instant expiresAt) {
        return versioned.markRead(access.patientId(), postId, access.userId(), at, expiresAt);
    }

    @Override
    public List<Reading> readers(CareTeamAccess access, String postId, Instant now) {
        return versioned.readers(access.patientId(), postId, now, Reading::new);
    }

    @Override
    public List<Post> timeline(CareTeamAccess access, Optional<PostCategory> category, Optional<String> afterPostId,
                               int limit, Instant now) {
        String patientId = access.patientId();
        Filter filter = category.map(chosen -> new Filter("#category = :category", Map.of("#category", "category"),
                Map.of(":category", s(chosen.code())))).orElse(Filter.NONE);
        // a category filter skips other posts, so each read asks for more than the page still needs
        return versioned.live(patientId, Keys.POST, filter, false,
                afterPostId.map(after -> Keys.post(patientId, after)).orElse(null),
                limit, remaining -> remaining + (category.isPresent() ? limit : 0), now)
                .stream().map(DynamoPosts::postOf).toList();
    }

    /** The same backward read of the partition, filtered on the sign's attribute inside the vitals map. */
    @Override
    public List<Post> withVital(CareTeamAccess access, jp.igetanet.core.record.VitalSign sign, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("attribute_exists(#vitals.#sign)",
                Map.of("#vitals", "vitals", "#sign", sign.code()), Map.of()), limit, now);
    }

    @Override
    public List<Post> withMedications(CareTeamAccess access, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("attribute_exists(#medications)", Map.of("#medications", "medications"),
                Map.of()), limit, now);
    }

    @Override
    public List<Post> withLabResult(CareTeamAccess access, String code, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("contains(#labCodes, :code)", Map.of("#labCodes", "labCodes"),
                Map.of(":code", s(code))), limit, now);
    }

    /** The newest current posts that pass the filter, each read asking for twice what is wanted. */
    private List<Post> newestWith(String patientId, Filter filter, int limit, Instant now) {
        return versioned.live(patientId, Keys.POST, filter, false, null, limit, remaining -> limit * 2, now)
                .stream().map(DynamoPosts::postOf).toList();
    }

    @Override
    public Optional<Post> find(CareTeamAccess access, String postId, Instant now) {
        return versioned.find(access.patientId(), postId, now).map(DynamoPosts::postOf);
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
            item.put(name, AttributeValue.fromN(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString()));
        }
    }

    private static Post postOf(Map<String, AttributeValue> item) {
        Vitals vitals = null;
        if (item.containsKey("vitals")) {
            Map<String, AttributeValue> v = item.get("vitals").m();
            vitals = new Vitals(integer(v, "systolic"), integer(v, "diastolic"), integer(v, "pulse"),
                    decimal(v, "temperature"), integer(v, "spo2"), integer(v, "respiration"), decimal(v, "weight"),
                    integer(v, "pain"));
        }
        PostContent content = new PostContent(PostCategory.fromCode(string(item, "category")).orElse(PostCategory.OTHER),
                string(item, "text"), vitals,
                list(item, "medications").stream().map(m -> medicationOf(m.m())).toList(),
                list(item, "labResults").stream().map(l -> labOf(l.m())).toList(),
                strings(item, "attachmentIds"));
        return new Post(string(item, "patientId"), string(item, "id"), content,
                string(item, "authorId"), string(item, "authorFacilityId"), instant(item, "postedAt"),
                Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)), (int) number(item, "version"),
                item.containsKey("versionAt") ? instant(item, "versionAt") : instant(item, "postedAt"),
                item.containsKey("correctedBy") ? new Post.Correction(string(item, "correctedBy"),
                        instant(item, "correctedAt"), string(item, "correctionReason")) : null);
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
