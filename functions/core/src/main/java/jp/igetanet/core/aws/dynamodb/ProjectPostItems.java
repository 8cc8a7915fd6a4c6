package jp.igetanet.core.aws.dynamodb;

import jp.igetanet.core.project.ProjectEvent;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPostContent;
import jp.igetanet.core.project.ProjectText;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
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
 * Maps a {@link ProjectPost} to its item and back: a thread's first post carries the project's GSI1 keys and its reply
 * count, a reply its thread's GSI2 keys; a replaced version carries neither.
 */
final class ProjectPostItems {

    /** On a thread's first post: how many replies it has; changed by updates only. */
    static final String REPLY_COUNT = "replyCount";
    /** The text normalised for search ({@link ProjectText#searchable}). */
    static final String SEARCH_TEXT = "searchText";

    private ProjectPostItems() {
    }

    /** The current post's item: its key and attributes with the index keys of a thread or of a reply. */
    static Map<String, AttributeValue> toItem(ProjectPost post) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.projectPost(post.projectId(), post.id()));
        item.putAll(attributesOf(post));
        if (post.threadId().isPresent()) {
            item.put(Keys.GSI2PK, s(Keys.repliesOf(post.projectId(), post.threadId().get())));
            item.put(Keys.GSI2SK, s(post.id()));
        } else {
            item.put(Keys.GSI1PK, s(Keys.threadsOf(post.projectId())));
            item.put(Keys.GSI1SK, s(post.id()));
            item.put(REPLY_COUNT, n(0));
        }
        return item;
    }

    /** A post's attributes, without its key or index keys (the current post's or a replaced version's). */
    static Map<String, AttributeValue> attributesOf(ProjectPost post) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("type", s("project-post"));
        item.put("projectId", s(post.projectId()));
        item.put("id", s(post.id()));
        post.threadId().ifPresent(thread -> item.put("threadId", s(thread)));
        contentAttributes(post.content()).forEach((name, value) -> value.ifPresent(present -> item.put(name, present)));
        ProjectPost.Author author = post.author();
        item.put("authorId", s(author.userId()));
        putIfPresent(item, "authorName", author.name());
        putIfPresent(item, "authorProfession", author.professionLabel());
        item.put("authorFacilityId", s(author.facilityId()));
        putIfPresent(item, "authorFacilityName", author.facilityName());
        item.put("postedAt", instant(post.postedAt()));
        item.put(Keys.EXPIRES_AT, n(post.expiresAt().getEpochSecond()));
        item.put("version", n(post.version()));
        item.put("versionAt", instant(post.versionAt()));
        post.correction().ifPresent(correction -> {
            item.put("correctedBy", s(correction.correctedBy()));
            item.put("correctedAt", instant(correction.correctedAt()));
            item.put("correctionReason", s(correction.reason()));
        });
        return item;
    }

    /** What a correction sets on the current item, empty for what it removes: the next version's content and number. */
    static Map<String, Optional<AttributeValue>> correctionAttributes(ProjectPost next) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>(contentAttributes(next.content()));
        attributes.put("version", Optional.of(n(next.version())));
        attributes.put("versionAt", Optional.of(instant(next.versionAt())));
        return attributes;
    }

    /** The attributes a post's content is stored in, each empty when the content has no such part. */
    static Map<String, Optional<AttributeValue>> contentAttributes(ProjectPostContent content) {
        Map<String, Optional<AttributeValue>> attributes = new HashMap<>();
        Optional<String> text = Optional.ofNullable(content.text()).filter(value -> !value.isEmpty());
        attributes.put("text", text.map(Attributes::s));
        attributes.put(SEARCH_TEXT, text.map(ProjectText::searchable).map(Attributes::s));
        attributes.put("attachmentIds", content.attachmentIds().isEmpty() ? Optional.empty()
                : Optional.of(strings(content.attachmentIds())));
        attributes.put("event", Optional.ofNullable(content.event()).map(event -> {
            Map<String, AttributeValue> map = new HashMap<>();
            map.put("startsAt", instant(event.startsAt()));
            if (event.endsAt() != null) {
                map.put("endsAt", instant(event.endsAt()));
            }
            putIfPresent(map, "place", event.place());
            putIfPresent(map, "onlineUrl", event.onlineUrl());
            return AttributeValue.fromM(map);
        }));
        return attributes;
    }

    static ProjectPost fromItem(Map<String, AttributeValue> item) {
        ProjectEvent event = null;
        if (item.containsKey("event")) {
            Map<String, AttributeValue> e = item.get("event").m();
            event = new ProjectEvent(instant(e, "startsAt"), instant(e, "endsAt"), string(e, "place"),
                    string(e, "onlineUrl"));
        }
        return new ProjectPost(string(item, "projectId"), string(item, "id"),
                Optional.ofNullable(string(item, "threadId")),
                new ProjectPostContent(string(item, "text"), strings(item, "attachmentIds"), event),
                new ProjectPost.Author(string(item, "authorId"), string(item, "authorName"),
                        string(item, "authorProfession"), string(item, "authorFacilityId"),
                        string(item, "authorFacilityName")),
                instant(item, "postedAt"), Instant.ofEpochSecond(number(item, Keys.EXPIRES_AT)),
                (int) number(item, "version"), instant(item, "versionAt"),
                item.containsKey("correctedBy") ? Optional.of(new ProjectPost.Correction(string(item, "correctedBy"),
                        instant(item, "correctedAt"), string(item, "correctionReason"))) : Optional.empty(),
                number(item, REPLY_COUNT));
    }
}
