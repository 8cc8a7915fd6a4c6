package jp.igetanet.core.record;

import jp.igetanet.core.error.ApiException;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.network.InMemoryAgreements;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.InMemoryPatients;
import jp.igetanet.core.time.Retention;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.patient.PatientFixtures.AOKI;
import static jp.igetanet.core.patient.PatientFixtures.aPatientCaredBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake keeps the documented rules of {@link Posts}, so that desk tests can fail. */
class InMemoryPostsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    private final InMemoryPosts posts = new InMemoryPosts();
    private final CareTeamAccess access;

    InMemoryPostsTest() {
        InMemoryPatients patients = new InMemoryPatients();
        aPatientCaredBy(patients, aVisitingNurse());
        access = new CareTeamGate(patients, new InMemoryAgreements()).require(aVisitingNurse(), AOKI);
    }

    private static Post aPost(String id, Instant at) {
        return new Post(AOKI, id, new PostContent(PostCategory.VISIT, "訪問 " + id, null, null, null, null),
                aVisitingNurse().userId(), aVisitingNurse().facilityId(), at, Retention.expiresAt(at), 1, at, null);
    }

    @Test
    void theTimelineIsNewestFirstAndLeavesOutWhatExpired() {
        posts.create(access, aPost("01KD0000000000000000000001", NOW.minusSeconds(Retention.YEARS * 366L * 86400)));
        posts.create(access, aPost("01KD0000000000000000000002", NOW.minusSeconds(60)));
        posts.create(access, aPost("01KD0000000000000000000003", NOW));

        assertEquals(List.of("01KD0000000000000000000003", "01KD0000000000000000000002"),
                posts.timeline(access, Optional.empty(), Optional.empty(), 10, NOW).stream().map(Post::id).toList());
        assertEquals(List.of("01KD0000000000000000000002"), posts.timeline(access, Optional.empty(),
                Optional.of("01KD0000000000000000000003"), 10, NOW).stream().map(Post::id).toList());
        assertEquals(Optional.empty(), posts.find(access, "01KD0000000000000000000001", NOW));
        assertEquals(ErrorCode.CONFLICT, assertThrows(ApiException.class, () ->
                posts.create(access, aPost("01KD0000000000000000000003", NOW))).code());
    }

    @Test
    void aStaleCorrectionIsAConflictWhileTheReplacedVersionIsKeptOnce() {
        Post post = aPost("01KD0000000000000000000001", NOW);
        posts.create(access, post);
        Post second = post.corrected(new PostContent(PostCategory.VISIT, "二版", null, null, null, null), NOW);
        posts.correct(access, post.replacedBy("a", NOW, "一回目"), second);

        assertEquals(ErrorCode.CONFLICT, assertThrows(ApiException.class, () -> posts.correct(access,
                post.replacedBy("b", NOW, "二回目"), post.corrected(post.content(), NOW))).code());
        assertEquals(List.of("一回目"), posts.history(access, post.id(), NOW).stream()
                .map(kept -> kept.correction().reason()).toList());
        assertEquals(second, posts.find(access, post.id(), NOW).orElseThrow());
    }

    @Test
    void theFirstReadingCounts() {
        assertTrue(posts.markRead(access, "01KD0000000000000000000001", NOW, Retention.expiresAt(NOW)));
        assertFalse(posts.markRead(access, "01KD0000000000000000000001", NOW.plusSeconds(60), Retention.expiresAt(NOW)));

        assertEquals(List.of(new Posts.Reading(aVisitingNurse().userId(), NOW)),
                posts.readers(access, "01KD0000000000000000000001", NOW));
    }
}
