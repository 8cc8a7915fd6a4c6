package jp.igetanet.core.aws.dynamodb;

import jakarta.inject.Singleton;
import jp.igetanet.core.aws.dynamodb.VersionedPosts.Filter;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.record.Attachment;
import jp.igetanet.core.record.Post;
import jp.igetanet.core.record.PostCategory;
import jp.igetanet.core.record.Posts;
import jp.igetanet.core.time.Retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static jp.igetanet.core.aws.dynamodb.Attributes.s;

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
        items.create(PostItems.toItem(post));
    }

    @Override
    public void correct(CareTeamAccess access, Post replaced, Post next) {
        access.requireSamePatient(replaced.patientId());
        access.requireSamePatient(next.patientId());
        versioned.correct(next.patientId(), next.id(), replaced.version(), PostItems.attributesOf(replaced),
                PostItems.correctionAttributes(next));
    }

    @Override
    public List<Post> history(CareTeamAccess access, String postId, Instant now) {
        return versioned.history(access.patientId(), postId, now).stream().map(PostItems::fromItem).toList();
    }

    @Override
    public void createAttachment(CareTeamAccess access, Attachment attachment) {
        access.requireSamePatient(attachment.patientId());
        items.create(AttachmentItems.toItem(attachment));
    }

    @Override
    public Optional<Attachment> attachment(CareTeamAccess access, String attachmentId, Instant now) {
        return items.get(Keys.attachment(access.patientId(), attachmentId)).map(AttachmentItems::fromItem)
                .filter(attachment -> !Retention.isExpired(attachment.expiresAt(), now));
    }

    @Override
    public boolean markRead(CareTeamAccess access, String postId, Instant at, Instant expiresAt) {
        return versioned.markRead(access.patientId(), postId, access.userId(), at, expiresAt);
    }

    @Override
    public Set<String> readByCaller(CareTeamAccess access, List<String> postIds) {
        return versioned.readOf(access.patientId(), postIds, access.userId());
    }

    @Override
    public List<Reading> readers(CareTeamAccess access, String postId, Instant now) {
        return versioned.readers(access.patientId(), postId, now, Reading::new);
    }

    @Override
    public List<Post> timeline(CareTeamAccess access, Optional<PostCategory> category, Optional<String> afterPostId,
                               int limit, Instant now) {
        String patientId = access.patientId();
        Filter filter = category.map(chosen -> new Filter("#category = :category",
                Map.of("#category", PostItems.CATEGORY), Map.of(":category", s(chosen.code())))).orElse(Filter.NONE);
        // a category filter skips other posts, so each read asks for more than the page still needs
        return versioned.live(patientId, Keys.POST, filter, false,
                afterPostId.map(after -> Keys.post(patientId, after)).orElse(null),
                limit, remaining -> remaining + (category.isPresent() ? limit : 0), now)
                .stream().map(PostItems::fromItem).toList();
    }

    /** The same backward read of the partition, filtered on the sign's attribute inside the vitals map. */
    @Override
    public List<Post> withVital(CareTeamAccess access, jp.igetanet.core.record.VitalSign sign, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("attribute_exists(#vitals.#sign)",
                Map.of("#vitals", PostItems.VITALS, "#sign", sign.code()), Map.of()), limit, now);
    }

    @Override
    public List<Post> withMedications(CareTeamAccess access, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("attribute_exists(#medications)",
                Map.of("#medications", PostItems.MEDICATIONS), Map.of()), limit, now);
    }

    @Override
    public List<Post> withLabResult(CareTeamAccess access, String code, int limit, Instant now) {
        return newestWith(access.patientId(), new Filter("contains(#labCodes, :code)",
                Map.of("#labCodes", PostItems.LAB_CODES), Map.of(":code", s(code))), limit, now);
    }

    /** The newest current posts that pass the filter, each read asking for twice what is wanted. */
    private List<Post> newestWith(String patientId, Filter filter, int limit, Instant now) {
        return versioned.live(patientId, Keys.POST, filter, false, null, limit, remaining -> limit * 2, now)
                .stream().map(PostItems::fromItem).toList();
    }

    @Override
    public Optional<Post> find(CareTeamAccess access, String postId, Instant now) {
        return versioned.find(access.patientId(), postId, now).map(PostItems::fromItem);
    }
}
