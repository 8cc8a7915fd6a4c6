package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

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

    DynamoPosts(ItemStore items) {
        this.items = items;
    }

    public static DynamoPosts on(software.amazon.awssdk.services.dynamodb.DynamoDbClient client, String tableName) {
        return new DynamoPosts(new ItemStore(client, new DomainTable(tableName)));
    }

    @Override
    public void create(CareTeamAccess access, Post post) {
        access.requireSamePatient(post.patientId());
        items.create(itemOf(post, Keys.post(post.patientId(), post.id())));
    }

    private static Map<String, AttributeValue> itemOf(Post post, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("type", s("post"));
        item.put("patientId", s(post.patientId()));
        item.put("id", s(post.id()));
        PostContent content = post.content();
        item.put("category", s(content.category().code()));
        putIfPresent(item, "text", content.text());
        if (content.vitals() != null && !content.vitals().isEmpty()) {
            item.put("vitals", AttributeValue.fromM(vitalsItem(content.vitals())));
        }
        if (!content.medications().isEmpty()) {
            item.put("medications", AttributeValue.fromL(content.medications().stream()
                    .map(m -> AttributeValue.fromM(medicationItem(m))).toList()));
        }
        if (!content.labResults().isEmpty()) {
            item.put("labResults", AttributeValue.fromL(content.labResults().stream()
                    .map(l -> AttributeValue.fromM(labItem(l))).toList()));
            List<String> codes = content.labResults().stream().filter(LabResult::isCoded).map(LabResult::code)
                    .distinct().toList();
            if (!codes.isEmpty()) {
                item.put("labCodes", AttributeValue.fromSs(codes));
            }
        }
        if (!content.attachmentIds().isEmpty()) {
            item.put("attachmentIds", strings(content.attachmentIds()));
        }
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

    @Override
    public void correct(CareTeamAccess access, Post replaced, Post next) {
        access.requireSamePatient(replaced.patientId());
        access.requireSamePatient(next.patientId());
        // a correction that failed after this step kept the version already; its replacement decides below
        items.createIfAbsent(itemOf(replaced, Keys.postVersion(replaced.patientId(), replaced.id(), replaced.version())));
        if (!items.replaceIf(itemOf(next, Keys.post(next.patientId(), next.id())), "#version = :expected",
                Map.of("#version", "version"), Map.of(":expected", n(replaced.version())))) {
            throw new jp.igetanet.core.error.ApiException(jp.igetanet.core.error.ErrorCode.CONFLICT);
        }
    }

    @Override
    public List<Post> history(CareTeamAccess access, String postId, Instant now) {
        String patientId = access.patientId();
        return live(patientId, Keys.POST_VERSION + postId + "#", Filter.NONE, true, null, Integer.MAX_VALUE,
                remaining -> 0, now).stream().map(DynamoPosts::postOf).toList();
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
        String patientId = access.patientId();
        String userId = access.userId();
        return items.createIfAbsent(readingItem(Keys.postReading(patientId, postId, userId), "post-reading", userId, at,
                expiresAt));
    }

    /** One user's first reading of a post, kept as long as the post. */
    static Map<String, AttributeValue> readingItem(Map<String, AttributeValue> key, String type, String userId,
                                                   Instant at, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("type", s(type));
        item.put("userId", s(userId));
        item.put("readAt", instant(at));
        item.put(Keys.EXPIRES_AT, n(expiresAt.getEpochSecond()));
        return item;
    }

    @Override
    public List<Reading> readers(CareTeamAccess access, String postId, Instant now) {
        String patientId = access.patientId();
        return live(patientId, Keys.READ + postId + "#", Filter.NONE, true, null, Integer.MAX_VALUE, remaining -> 0, now)
                .stream().map(item -> new Reading(string(item, "userId"), instant(item, "readAt")))
                .sorted(java.util.Comparator.comparing(Reading::readAt)).toList();
    }

    @Override
    public List<Post> timeline(CareTeamAccess access, Optional<PostCategory> category, Optional<String> afterPostId,
                               int limit, Instant now) {
        String patientId = access.patientId();
        Filter filter = category.map(chosen -> new Filter("#category = :category", Map.of("#category", "category"),
                Map.of(":category", s(chosen.code())))).orElse(Filter.NONE);
        // a category filter skips other posts, so each read asks for more than the page still needs
        return live(patientId, Keys.POST, filter, false, afterPostId.map(after -> Keys.post(patientId, after)).orElse(null),
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
        return live(patientId, Keys.POST, filter, false, null, limit, remaining -> limit * 2, now)
                .stream().map(DynamoPosts::postOf).toList();
    }

    /** A condition on the items besides their expiry, with the names and values it uses. */
    private record Filter(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        static final Filter NONE = new Filter(null, Map.of(), Map.of());
    }

    /**
     * The items of a patient's partition under {@code skPrefix} that are not past {@code expiresAt} and pass the
     * filter, in key order or backwards, from after {@code start}, at most {@code wanted}
     * ({@link ItemStore#collect}).
     */
    private List<Map<String, AttributeValue>> live(String patientId, String skPrefix, Filter filter, boolean oldestFirst,
                                                   Map<String, AttributeValue> start, int wanted,
                                                   java.util.function.IntUnaryOperator readLimit, Instant now) {
        Map<String, String> names = new HashMap<>(filter.names());
        names.putAll(Map.of("#pk", Keys.PK, "#sk", Keys.SK, "#expires", Keys.EXPIRES_AT));
        Map<String, AttributeValue> values = new HashMap<>(filter.values());
        values.putAll(Map.of(":pk", s(Keys.PATIENT + patientId), ":prefix", s(skPrefix), ":now", n(now.getEpochSecond())));
        String condition = filter.expression() == null ? "#expires > :now" : "#expires > :now AND " + filter.expression();
        return items.collect(QueryRequest.builder()
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .filterExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                .scanIndexForward(oldestFirst), start, wanted, readLimit);
    }

    @Override
    public Optional<Post> find(CareTeamAccess access, String postId, Instant now) {
        return items.get(Keys.post(access.patientId(), postId)).map(DynamoPosts::postOf)
                .filter(post -> !Retention.isExpired(post.expiresAt(), now));
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
