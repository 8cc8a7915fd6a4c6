package jp.igetanet.local.seed;

import jp.igetanet.core.facility.Facility;
import jp.igetanet.core.project.Admission;
import jp.igetanet.core.project.Attendance;
import jp.igetanet.core.project.AttendanceAnswer;
import jp.igetanet.core.project.Project;
import jp.igetanet.core.project.ProjectAttachment;
import jp.igetanet.core.project.ProjectEvent;
import jp.igetanet.core.project.ProjectKind;
import jp.igetanet.core.project.ProjectMember;
import jp.igetanet.core.project.ProjectPost;
import jp.igetanet.core.project.ProjectPostContent;
import jp.igetanet.core.project.ProjectPosts;
import jp.igetanet.core.project.ProjectRole;
import jp.igetanet.core.project.Projects;
import jp.igetanet.core.storage.FileStore;
import jp.igetanet.core.time.Clocks;
import jp.igetanet.core.time.Retention;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Two demo projects of 西尾市 (§2): an open training project whose next session is an event that members have
 * answered, with replies, a flyer and a pinned post; and the secretariat's announcements to every user of the network,
 * with an online briefing to answer. Dates are counted from the first seeding, so that the events lie ahead.
 */
public final class DemoProjects {

    public static final String TRAINING = "01KDEM0PRJ0000000000000001";
    public static final String SECRETARIAT = "01KDEM0PRJ0000000000000002";
    /** The training session's announcement: an event with answers, pinned, with the flyer attached. */
    public static final String TRAINING_EVENT = post(1);
    /** The secretariat's online briefing: an event every user of the network may answer. */
    public static final String BRIEFING = post(6);
    public static final String FLYER = "01KDEM0ATT0000000000000011";
    private static final byte[] PDF = "%PDF-1.4\n% demo flyer\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final Projects projects;
    private final ProjectPosts posts;
    private final S3Client s3;
    private final String bucket;

    public DemoProjects(Projects projects, ProjectPosts posts, S3Client s3, String bucket) {
        this.projects = projects;
        this.posts = posts;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Writes the projects that are missing, with everything in them; running it again changes nothing. */
    public void apply(Instant now) {
        if (projects.find(TRAINING).isEmpty()) {
            training(now);
        }
        if (projects.find(SECRETARIAT).isEmpty()) {
            secretariat(now);
        }
    }

    private void training(Instant now) {
        Project project = new Project(TRAINING, DemoSeed.NETWORK_ID, "西尾市 多職種連携研修会",
                "医師・看護師・薬剤師・ケアマネジャー・介護職が、在宅医療と介護の連携を学び合う研修会です。"
                        + "開催の案内、資料、アンケートの結果をここで共有します。どなたでも参加できます。",
                ProjectKind.TRAINING, Admission.OPEN, DemoSeed.FACILITY_ADMIN, DemoSeed.FACILITY_ADMIN,
                now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(10)), 1, 0, 0, List.of());
        projects.create(project);
        member(project, DemoSeed.FACILITY_ADMIN, ProjectRole.OWNER, project.createdAt());
        member(project, DemoSeed.NURSE, ProjectRole.ADMINISTRATOR, project.createdAt().plusSeconds(600));
        member(project, DemoSeed.PHARMACIST, ProjectRole.MEMBER, project.createdAt().plus(Duration.ofDays(1)));
        member(project, DemoSeed.DAY_SERVICE_ADMIN, ProjectRole.MEMBER, project.createdAt().plus(Duration.ofDays(2)));

        Instant announced = now.minus(Duration.ofDays(7));
        String key = FileStore.projectKey(TRAINING, "attachments", FLYER);
        s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/pdf"), RequestBody.fromBytes(PDF));
        posts.createAttachment(new ProjectAttachment(TRAINING, FLYER, key, "application/pdf", DemoSeed.FACILITY_ADMIN,
                announced, Retention.expiresAt(announced)));
        ProjectPost event = post(project, TRAINING_EVENT, Optional.empty(), DemoSeed.FACILITY_ADMIN, announced,
                new ProjectPostContent("第3回 多職種連携研修会のご案内\nテーマ：在宅での看取りと多職種の役割\n"
                        + "講師：西尾市民病院 緩和ケア認定看護師\n会場とオンラインの両方で開催します。チラシを添付します。出欠の回答をお願いします。",
                        List.of(FLYER), new ProjectEvent(at(now, 21, 18, 30), at(now, 21, 20, 0), "西尾市役所 5階 大会議室",
                        "https://meet.example.jp/igeta-kenshu-3")));
        post(project, post(2), Optional.of(event.id()), DemoSeed.PHARMACIST, announced.plus(Duration.ofDays(1)),
                new ProjectPostContent("みどり薬局から2名、オンラインで参加します。", List.of(), null));
        post(project, post(3), Optional.of(event.id()), DemoSeed.DAY_SERVICE_ADMIN, announced.plus(Duration.ofDays(1)),
                new ProjectPostContent("当日は送迎の時間と重なるため欠席します。資料の共有をお願いします。", List.of(), null));
        post(project, post(4), Optional.empty(), DemoSeed.NURSE, now.minus(Duration.ofDays(3)),
                new ProjectPostContent("第2回（退院調整）のアンケート結果です。回答34名、満足度は「とても良い」「良い」で9割でした。"
                        + "次回は事例検討の時間を長めにとってほしいという声が多くありました。", List.of(), null));
        answer(project, event, DemoSeed.PHARMACIST, Attendance.ATTEND, announced.plus(Duration.ofDays(1)));
        answer(project, event, DemoSeed.DAY_SERVICE_ADMIN, Attendance.ABSENT, announced.plus(Duration.ofDays(1)));
        answer(project, event, DemoSeed.NURSE, Attendance.ATTEND, announced.plus(Duration.ofDays(2)));
        projects.pin(TRAINING, TRAINING_EVENT);
    }

    private void secretariat(Instant now) {
        Project project = new Project(SECRETARIAT, DemoSeed.NETWORK_ID, "事務局からのお知らせ",
                "西尾市在宅医療介護連携支援センター（事務局）からのお知らせです。いげたネットの全利用者がメンバーです。"
                        + "ご質問は各お知らせへの返信でどうぞ。",
                ProjectKind.ADMINISTRATIVE_CONTACT, Admission.NETWORK, DemoSeed.OPERATOR, DemoSeed.OPERATOR,
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)), 1, 0, 0, List.of());
        projects.create(project);
        ProjectPost windows = post(project, post(5), Optional.empty(), DemoSeed.OPERATOR, now.minus(Duration.ofDays(20)),
                new ProjectPostContent("年末年始の事務局の窓口について\n12月29日から1月3日まで、事務局の電話窓口はお休みします。"
                        + "ID・端末の紛失など急ぎのご連絡は、西尾市役所の代表電話（0563-56-2111）へお願いします。", List.of(), null));
        ProjectPost briefing = post(project, BRIEFING, Optional.empty(), DemoSeed.OPERATOR, now.minus(Duration.ofDays(2)),
                new ProjectPostContent("いげたネット操作説明会（オンライン）のご案内\n新しく利用を始めた施設の方向けに、"
                        + "連絡帳とプロジェクトの使い方を説明します。", List.of(),
                        new ProjectEvent(at(now, 10, 14, 0), at(now, 10, 15, 0), null, "https://meet.example.jp/igeta-setsumeikai")));
        post(project, post(7), Optional.of(briefing.id()), DemoSeed.NURSE, now.minus(Duration.ofDays(1)),
                new ProjectPostContent("にしお訪問看護ステーションから3名参加します。", List.of(), null));
        answer(project, briefing, DemoSeed.NURSE, Attendance.ATTEND, now.minus(Duration.ofDays(1)));
        projects.pin(SECRETARIAT, windows.id());
    }

    private void member(Project project, String userId, ProjectRole role, Instant at) {
        DemoSeed.DemoUser user = user(userId);
        projects.addMember(new ProjectMember(project.id(), userId, user.name(), user.profession().label(),
                user.facilityId(), facilityName(user.facilityId()), DemoSeed.NETWORK_ID, role, DemoSeed.FACILITY_ADMIN, at,
                0, 0));
    }

    /** A post as the API writes it: stored, counted, and read by its author. */
    private ProjectPost post(Project project, String id, Optional<String> thread, String authorId, Instant at,
                             ProjectPostContent content) {
        DemoSeed.DemoUser author = user(authorId);
        ProjectPost post = new ProjectPost(project.id(), id, thread, content, new ProjectPost.Author(authorId,
                author.name(), author.profession().label(), author.facilityId(), facilityName(author.facilityId())),
                at, Retention.expiresAt(at), 1, at, Optional.empty(), 0);
        posts.create(post);
        projects.countPost(project.id());
        posts.markRead(project.id(), id, authorId, at, post.expiresAt());
        projects.countRead(project, authorId);
        return post;
    }

    private void answer(Project project, ProjectPost event, String userId, Attendance attendance, Instant at) {
        DemoSeed.DemoUser user = user(userId);
        posts.answer(new AttendanceAnswer(project.id(), event.id(), userId, user.name(), facilityName(user.facilityId()),
                attendance, at, event.expiresAt()));
    }

    /** The given time of day in Japan, so many days after today. */
    private static Instant at(Instant now, int daysAhead, int hour, int minute) {
        return LocalDate.ofInstant(now, Clocks.JAPAN).plusDays(daysAhead).atTime(LocalTime.of(hour, minute))
                .atZone(Clocks.JAPAN).toInstant();
    }

    private static String post(int number) {
        return String.format("01KDEM0PPS%016d", number);
    }

    private static DemoSeed.DemoUser user(String userId) {
        return DemoSeed.users().stream().filter(user -> user.userId().equals(userId)).findFirst().orElseThrow();
    }

    private static String facilityName(String facilityId) {
        return DemoSeed.facilities().stream().filter(facility -> facility.id().equals(facilityId)).findFirst()
                .map(Facility::name).orElseThrow();
    }
}
