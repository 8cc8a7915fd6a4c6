package jp.igetanet.projects;

import jp.igetanet.core.audit.AuditAction;
import jp.igetanet.core.caller.Caller;
import jp.igetanet.core.error.ErrorCode;
import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPosts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static jp.igetanet.core.caller.Callers.aHomeDoctor;
import static jp.igetanet.core.caller.Callers.aPharmacist;
import static jp.igetanet.core.caller.Callers.aVisitingNurse;
import static jp.igetanet.core.caller.Callers.anOperator;
import static jp.igetanet.core.caller.Callers.as;
import static jp.igetanet.core.error.Refusals.refusal;
import static jp.igetanet.core.error.Refusals.refusedFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectPostDeskTest {

    /** 18:30 to 20:00 in Japan on 10 December 2026, three days after the desks' now. */
    private static final ProjectPostRequest.EventRequest A_MEETING = new ProjectPostRequest.EventRequest(
            "2026-12-10T18:30", "2026-12-10T20:00", "西尾市役所 5階 大会議室", "https://meet.example.jp/igeta");

    private final ProjectDesks desks = new ProjectDesks();
    private final ProjectPostDesk postDesk = desks.postDesk;
    private final String studyGroup = desks.aProject(aVisitingNurse(), "褥瘡ケア勉強会", "invitation").project().id();

    ProjectPostDeskTest() {
        desks.added(studyGroup, aVisitingNurse(), aHomeDoctor());
    }

    private static ProjectPostRequest saying(String text) {
        return new ProjectPostRequest(text, null, null, null, null);
    }

    private static ProjectPostRequest replying(String threadId, String text) {
        return new ProjectPostRequest(text, null, threadId, null, null);
    }

    private ProjectPost posted(Caller author, ProjectPostRequest request) {
        return postDesk.create(as(author), studyGroup, request).post();
    }

    private long unreadOf(Caller member) {
        return desks.projectDesk.mine(as(member), Optional.empty(), 20).items().stream()
                .filter(listed -> listed.project().id().equals(studyGroup)).findFirst().orElseThrow().unread();
    }

    @Test
    void aMemberStartsAThreadWhichTheAuthorHasReadAndTheOthersHaveNot() {
        ProjectPostDesk.PostThread thread = postDesk.create(as(aVisitingNurse()), studyGroup, saying("次回の症例を募集します"));

        assertEquals(AuditAction.PROJECT_POST_CREATED, desks.audit.actionsBy(aVisitingNurse().userId()).getLast());
        ProjectPost post = thread.post();
        assertTrue(post.threadId().isEmpty());
        assertEquals(aVisitingNurse().account().name(), post.author().name());
        assertEquals(aVisitingNurse().facility().name(), post.author().facilityName());
        assertEquals(java.util.Set.of(post.id()), thread.read());
        assertEquals(0, unreadOf(aVisitingNurse()));
        assertEquals(1, unreadOf(aHomeDoctor()));
        assertEquals(List.of(aVisitingNurse().userId()), postDesk.readers(as(aHomeDoctor()), studyGroup, post.id())
                .stream().map(ProjectPosts.Reading::userId).toList());
    }

    @Test
    void aVisitorMustJoinToReadOrPostAndOutsidersSeeNothing() {
        String open = desks.aProject(aVisitingNurse(), "在宅医療を語る会", "open").project().id();

        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_REQUIRED, refusal(() ->
                postDesk.create(as(aHomeDoctor()), open, saying("参加前の投稿"))));
        assertEquals(ErrorCode.PROJECT_MEMBERSHIP_REQUIRED, refusal(() ->
                postDesk.timeline(as(aHomeDoctor()), open, Optional.empty(), Optional.empty(), 20)));
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() ->
                postDesk.timeline(as(aPharmacist()), studyGroup, Optional.empty(), Optional.empty(), 20)));
    }

    @Test
    void aPostNamingAPatientIsRefusedWhereverItNamesOne() {
        assertEquals(List.of("patientId"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                new ProjectPostRequest("この方の件", null, null, null, "01KDPAT1AA0000000000000001"))));
        assertEquals(List.of("text"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                saying("01KDPAT1AA0000000000000001 の褥瘡について"))));
        assertEquals(List.of("text"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                saying("https://igeta.example/patients/01KDPAT1 を見てください"))));
        assertEquals(List.of("event.place"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                new ProjectPostRequest("カンファレンス", null, null, new ProjectPostRequest.EventRequest(
                        "2026-12-10T18:30", null, "01KDPAT1AA0000000000000001 宅", null), null))));
        assertEquals(List.of(), postDesk.timeline(as(aVisitingNurse()), studyGroup, Optional.empty(), Optional.empty(),
                20).items());
    }

    @Test
    void aReplyJoinsTheThreadOfThePostItAnswers() {
        ProjectPost thread = posted(aVisitingNurse(), saying("褥瘡の写真の撮り方"));
        desks.clock.advance(Duration.ofMinutes(1));
        ProjectPost reply = posted(aHomeDoctor(), replying(thread.id(), "定規を添えて"));
        desks.clock.advance(Duration.ofMinutes(1));
        ProjectPost replyToTheReply = posted(aVisitingNurse(), replying(reply.id(), "ありがとうございます"));

        assertEquals(Optional.of(thread.id()), replyToTheReply.threadId());
        ProjectPostDesk.PostThread read = postDesk.find(as(aHomeDoctor()), studyGroup, thread.id());
        assertEquals(List.of(reply.id(), replyToTheReply.id()), read.replies().stream().map(ProjectPost::id).toList());
        assertEquals(2, read.post().replyCount());
        assertEquals(List.of(thread.id()), postDesk.timeline(as(aHomeDoctor()), studyGroup, Optional.empty(),
                Optional.empty(), 20).items().stream().map(ProjectPost::id).toList());
    }

    @Test
    void aReplyNeedsAThreadToAnswerAndCarriesNoEvent() {
        ProjectPost thread = posted(aVisitingNurse(), saying("日程調整"));

        assertEquals(List.of("replyTo"), refusedFields(() -> postDesk.create(as(aHomeDoctor()), studyGroup,
                replying("01KDPRJ1AA0000000000000009", "返信"))));
        assertEquals(List.of("event"), refusedFields(() -> postDesk.create(as(aHomeDoctor()), studyGroup,
                new ProjectPostRequest("この日で", null, thread.id(), A_MEETING, null))));
        assertEquals(List.of("text"), refusedFields(() -> postDesk.create(as(aHomeDoctor()), studyGroup,
                replying(thread.id(), " "))));
    }

    @Test
    void inANetworkWideProjectTheOperatorsStartThreadsAndEveryoneReplies() {
        Project announcements = desks.aProject(anOperator(), "事務局からのお知らせ", "network").project();

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> postDesk.create(as(aVisitingNurse()), announcements.id(),
                saying("お知らせ"))));
        ProjectPost notice = postDesk.create(as(anOperator()), announcements.id(), saying("年末年始の連絡体制")).post();
        ProjectPost reply = postDesk.create(as(aVisitingNurse()), announcements.id(),
                replying(notice.id(), "承知しました")).post();

        assertEquals(Optional.of(notice.id()), reply.threadId());
        assertEquals(2, desks.projects.find(announcements.id()).orElseThrow().postCount());
    }

    @Test
    void onlyTheAuthorCorrects() {
        ProjectPost post = posted(aVisitingNurse(), saying("第3回は12月10日"));

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> postDesk.correct(as(aHomeDoctor()), studyGroup, post.id(),
                new ProjectCorrectionRequest("第3回は12月11日", null, null, "日付の誤り"))));
    }

    @Test
    void aCorrectionKeepsTheReplacedVersionInTheHistoryAndTheRepliesCount() {
        ProjectPost thread = posted(aVisitingNurse(), saying("第3回は12月10日"));
        posted(aHomeDoctor(), replying(thread.id(), "参加します"));
        desks.clock.advance(Duration.ofMinutes(10));

        ProjectPostDesk.PostThread corrected = postDesk.correct(as(aVisitingNurse()), studyGroup, thread.id(),
                new ProjectCorrectionRequest("第3回は12月11日", null, null, "日付の誤り"));

        assertEquals(2, corrected.post().version());
        assertEquals("第3回は12月11日", corrected.post().content().text());
        assertEquals(1, corrected.post().replyCount());
        assertEquals(List.of("第3回は12月10日"), corrected.history().stream().map(kept -> kept.content().text()).toList());
        assertEquals("日付の誤り", corrected.history().getFirst().correction().orElseThrow().reason());
        assertEquals(desks.clock.instant(), corrected.history().getFirst().correction().orElseThrow().correctedAt());
        assertEquals(corrected.post(), postDesk.find(as(aHomeDoctor()), studyGroup, thread.id()).post());
        assertEquals(List.of("reason"), refusedFields(() -> postDesk.correct(as(aVisitingNurse()), studyGroup,
                thread.id(), new ProjectCorrectionRequest("第3回は12月12日", null, null, "01KDPAT1AA0000000000000001"))));
    }

    @Test
    void theTimelineIsNewestFirstWithThePinnedThreadsOnTheFirstPage() {
        List<ProjectPost> threads = IntStream.rangeClosed(1, 3).mapToObj(n -> {
            desks.clock.advance(Duration.ofMinutes(1));
            return posted(aVisitingNurse(), saying("第" + n + "回"));
        }).toList();
        postDesk.pin(as(aVisitingNurse()), studyGroup, threads.getFirst().id());

        ProjectPostDesk.Page first = postDesk.timeline(as(aHomeDoctor()), studyGroup, Optional.empty(), Optional.empty(), 2);
        ProjectPostDesk.Page second = postDesk.timeline(as(aHomeDoctor()), studyGroup, Optional.empty(),
                first.afterPostId(), 2);

        assertEquals(List.of(threads.get(2).id(), threads.get(1).id()), first.items().stream().map(ProjectPost::id)
                .toList());
        assertEquals(List.of(threads.getFirst().id()), first.pinned().stream().map(ProjectPost::id).toList());
        assertEquals(List.of(threads.getFirst().id()), second.items().stream().map(ProjectPost::id).toList());
        assertEquals(List.of(), second.pinned());
        assertEquals(Optional.empty(), second.afterPostId());
        assertEquals(java.util.Set.of(), first.read());
    }

    @Test
    void aSearchFindsPostsAndRepliesWhateverTheKanaOrWidth() {
        ProjectPost thread = posted(aVisitingNurse(), saying("ポジショニングの勉強会"));
        desks.clock.advance(Duration.ofMinutes(1));
        ProjectPost reply = posted(aHomeDoctor(), replying(thread.id(), "ぽじしょにんぐ用のクッションを持参します"));
        desks.clock.advance(Duration.ofMinutes(1));
        posted(aHomeDoctor(), saying("別の話題"));

        ProjectPostDesk.Page found = postDesk.timeline(as(aVisitingNurse()), studyGroup, Optional.of("ﾎﾟｼﾞｼｮﾆﾝｸﾞ"),
                Optional.empty(), 20);

        assertEquals(List.of(reply.id(), thread.id()), found.items().stream().map(ProjectPost::id).toList());
        assertEquals(Optional.empty(), found.afterPostId());
        assertEquals(java.util.Set.of(thread.id()), found.read());
        assertTrue(desks.audit.actionsBy(aVisitingNurse().userId()).contains(AuditAction.PROJECT_POSTS_SEARCHED));
    }

    @Test
    void administratorsPinUpToTenThreadsAndNoReplies() {
        List<ProjectPost> threads = IntStream.rangeClosed(1, 11).mapToObj(n -> {
            desks.clock.advance(Duration.ofMinutes(1));
            return posted(aVisitingNurse(), saying("お知らせ" + n));
        }).toList();
        ProjectPost reply = posted(aHomeDoctor(), replying(threads.getFirst().id(), "了解"));

        assertEquals(ErrorCode.FORBIDDEN, refusal(() -> postDesk.pin(as(aHomeDoctor()), studyGroup,
                threads.getFirst().id())));
        assertEquals(ErrorCode.PROJECT_PIN_REFUSED, refusal(() -> postDesk.pin(as(aVisitingNurse()), studyGroup,
                reply.id())));
        threads.subList(0, 10).forEach(thread -> postDesk.pin(as(aVisitingNurse()), studyGroup, thread.id()));
        postDesk.pin(as(aVisitingNurse()), studyGroup, threads.getFirst().id());
        assertEquals(ErrorCode.PROJECT_PIN_REFUSED, refusal(() -> postDesk.pin(as(aVisitingNurse()), studyGroup,
                threads.getLast().id())));

        postDesk.unpin(as(aVisitingNurse()), studyGroup, threads.getFirst().id());
        postDesk.pin(as(aVisitingNurse()), studyGroup, threads.getLast().id());
        assertTrue(desks.projects.find(studyGroup).orElseThrow().pinnedPostIds().contains(threads.getLast().id()));
        assertEquals(11, desks.audit.actionsBy(aVisitingNurse().userId()).stream()
                .filter(action -> action == AuditAction.PROJECT_POST_PINNED).count());
    }

    @Test
    void membersAnswerAnEventUntilItEndsAndTheLatestAnswerCounts() {
        ProjectPost meeting = posted(aVisitingNurse(), new ProjectPostRequest("第3回 勉強会", null, null, A_MEETING, null));

        postDesk.answer(as(aHomeDoctor()), studyGroup, meeting.id(), new AttendanceRequest("attend"));
        desks.clock.advance(Duration.ofDays(1));
        ProjectPostDesk.PostThread answered = postDesk.answer(as(aHomeDoctor()), studyGroup, meeting.id(),
                new AttendanceRequest("absent"));

        List<AttendanceAnswer> answers = answered.answers();
        assertEquals(1, answers.size());
        assertEquals(Attendance.ABSENT, answers.getFirst().attendance());
        assertEquals(aHomeDoctor().facility().name(), answers.getFirst().facilityName());
        assertEquals(List.of("answer"), refusedFields(() -> postDesk.answer(as(aHomeDoctor()), studyGroup,
                meeting.id(), new AttendanceRequest("maybe"))));

        desks.clock.advance(Duration.ofDays(3));
        assertEquals(ErrorCode.EVENT_ANSWER_REFUSED, refusal(() -> postDesk.answer(as(aVisitingNurse()), studyGroup,
                meeting.id(), new AttendanceRequest("attend"))));
        ProjectPost plain = posted(aVisitingNurse(), saying("日時のない投稿"));
        assertEquals(ErrorCode.EVENT_ANSWER_REFUSED, refusal(() -> postDesk.answer(as(aHomeDoctor()), studyGroup,
                plain.id(), new AttendanceRequest("attend"))));
    }

    @Test
    void anEventIsAheadWithinTwoYearsEndsAfterItStartsAndMeetsOnline() {
        assertEquals(List.of("event.startsAt"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                new ProjectPostRequest("先週の会", null, null,
                        new ProjectPostRequest.EventRequest("2026-12-01T18:30", null, null, null), null))));
        assertEquals(List.of("event.startsAt"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                new ProjectPostRequest("再来年の会", null, null,
                        new ProjectPostRequest.EventRequest("2029-01-10T18:30", null, null, null), null))));
        assertEquals(List.of("event.endsAt", "event.onlineUrl"), refusedFields(() -> postDesk.create(
                as(aVisitingNurse()), studyGroup, new ProjectPostRequest("逆さまの会", null, null,
                        new ProjectPostRequest.EventRequest("2026-12-10T18:30", "2026-12-10T17:00", null,
                                "http://meet.example.jp/igeta"), null))));
    }

    @Test
    void aPostCountsAsUnreadOnlyForThoseWhoJoinedBeforeIt() {
        ProjectPost before = posted(aVisitingNurse(), saying("参加前の投稿"));
        desks.clock.advance(Duration.ofMinutes(1));
        desks.added(studyGroup, aVisitingNurse(), aPharmacist());
        desks.clock.advance(Duration.ofMinutes(1));
        ProjectPost after = posted(aVisitingNurse(), saying("参加後の投稿"));
        assertEquals(1, unreadOf(aPharmacist()));

        assertTrue(postDesk.markRead(as(aPharmacist()), studyGroup, before.id()));
        assertEquals(1, unreadOf(aPharmacist()));
        assertTrue(postDesk.markRead(as(aPharmacist()), studyGroup, after.id()));
        assertFalse(postDesk.markRead(as(aPharmacist()), studyGroup, after.id()));
        assertEquals(0, unreadOf(aPharmacist()));
    }

    @Test
    void aPostIsGoneFiveYearsAfterItWasPosted() {
        ProjectPost post = posted(aVisitingNurse(), saying("五年で消える"));
        desks.clock.advance(Duration.between(ProjectDesks.NOW, post.expiresAt()));

        assertEquals(ErrorCode.POST_UNKNOWN, refusal(() -> postDesk.find(as(aHomeDoctor()), studyGroup, post.id())));
        assertEquals(List.of(), postDesk.timeline(as(aHomeDoctor()), studyGroup, Optional.empty(), Optional.empty(),
                20).items());
    }

    @Test
    void onlyAFileUploadedToThisProjectCanBeAttached() {
        String other = desks.aProject(aVisitingNurse(), "別の会", "invitation").project().id();
        ProjectAttachmentDesk.Started elsewhere = desks.attachmentDesk.start(as(aVisitingNurse()), other,
                "application/pdf", 1000L);
        desks.files.upload(elsewhere.attachment().objectKey());
        ProjectAttachmentDesk.Started slides = desks.attachmentDesk.start(as(aVisitingNurse()), studyGroup,
                "application/pdf", 1000L);

        for (ProjectAttachmentDesk.Started file : List.of(elsewhere, slides)) {
            assertEquals(List.of("attachmentIds"), refusedFields(() -> postDesk.create(as(aVisitingNurse()), studyGroup,
                    new ProjectPostRequest(null, List.of(file.attachment().id()), null, null, null))));
        }
        desks.files.upload(slides.attachment().objectKey());
        assertEquals(List.of(slides.attachment().id()), posted(aVisitingNurse(),
                new ProjectPostRequest(null, List.of(slides.attachment().id()), null, null, null)).content()
                .attachmentIds());
        assertEquals(ErrorCode.PROJECT_UNKNOWN, refusal(() -> desks.attachmentDesk.download(as(aPharmacist()),
                studyGroup, slides.attachment().id())));
        assertEquals(1000L, desks.attachmentDesk.download(as(aHomeDoctor()), studyGroup, slides.attachment().id())
                .bytes());
    }
}
