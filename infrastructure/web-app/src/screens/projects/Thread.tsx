// A thread: its first post (with the event's date, place, online meeting and the attendance to answer), its files,
// who has read it, its earlier versions, its replies oldest first, and the reply form. Opening it marks what the
// caller had not read as read; owners and administrators pin or unpin it.

import { useEffect, useState } from "preact/hooks";
import type { Project, ProjectPost } from "@igetanet/api";
import { type ApiProblem, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { currentUser } from "../../auth/session";
import { formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";
import { administers, authorLine, eventWhen, PostFiles, ProjectFrame } from "./common";
import { PostForm } from "./PostEditor";
import { ReaderList } from "../../ui/postView";

export function Thread(props: { projectId: string; postId: string; focusReply: string | null }) {
  const loaded = useLoad(async () => {
    const [project, post] = await Promise.all([
      projects.getProject({ projectId: props.projectId }),
      projects.getProjectPost({ projectId: props.projectId, postId: props.postId }),
    ]);
    // what was unread when opened stays marked as new on this screen; the API counts it read from now on
    const unread = [post, ...(post.replies ?? [])].filter((item) => item.read === false);
    await Promise.all(unread.map((item) => projects.markProjectPostRead({ projectId: props.projectId, postId: item.id }).catch(() => undefined)));
    return { project, post };
  }, [props.projectId, props.postId]);
  const [post, setPost] = useState<ProjectPost | null>(null);
  useEffect(() => setPost(loaded.data?.post ?? null), [loaded.data]);

  useEffect(() => {
    if (props.focusReply && post) {
      document.getElementById(`reply-${props.focusReply}`)?.scrollIntoView({ block: "center" });
    }
  }, [props.focusReply, post]);

  const back = { href: `#/projects/${props.projectId}`, label: "プロジェクトに戻る" };
  if (!loaded.data || !post) {
    return (
      <Screen title={loaded.problem?.title ?? "スレッド"} back={back}>
        {loaded.loading || !loaded.problem ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  const project = loaded.data.project;
  if (post.threadId) {
    return <ReplyAlone project={project} post={post} />;
  }
  const title = post.text?.trim().split("\n")[0].slice(0, 40) || (post.event ? "イベント" : "スレッド");
  return (
    <ProjectFrame project={project} section="" title={title}>
      <p class="context"><a href={back.href}>{project.name}</a></p>
      <article class="card project-post" aria-labelledby="thread-post">
        <h2 id="thread-post" class="visually-hidden">最初の投稿</h2>
        <PostHead post={post} project={project} />
        {post.text && <p class="post-text">{post.text}</p>}
        {post.event && <EventBox project={project} post={post} answered={(answered) => setPost({ ...post, ...answered, replies: post.replies, history: post.history })} />}
        <PostFiles projectId={project.id} ids={post.attachmentIds} />
        <PinControl project={project} post={post} changed={(pinned) => setPost({ ...post, pinned })} />
      </article>

      <Readers projectId={project.id} postId={post.id} />

      {post.history && post.history.length > 0 && <History projectId={project.id} versions={post.history} />}

      <section aria-labelledby="replies-title">
        <h2 id="replies-title">返信（{post.replies?.length ?? 0}件、古い順）</h2>
        {(post.replies ?? []).length === 0 && <p class="empty">まだ返信はありません。</p>}
        <ol class="timeline replies">
          {(post.replies ?? []).map((reply) => (
            <li key={reply.id} id={`reply-${reply.id}`}>
              <article class={`card project-post reply${props.focusReply === reply.id ? " focused" : ""}`} aria-label={`${reply.author.name}の返信`}>
                <PostHead post={reply} project={project} />
                {reply.text && <p class="post-text">{reply.text}</p>}
                <PostFiles projectId={project.id} ids={reply.attachmentIds} />
                {reply.version > 1 && (
                  <p class="post-actions"><a href={`#/projects/${project.id}/posts/${reply.id}`}>この返信の以前の版を見る</a></p>
                )}
              </article>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="reply-title" class="reply-box">
        <h2 id="reply-title">返信を書く</h2>
        <PostForm project={project} mode="reply" post={post} onSent={() => loaded.reload()} />
      </section>
    </ProjectFrame>
  );
}

/** One reply by its own address: its versions, its readers, and the way to its thread. */
function ReplyAlone(props: { project: Project; post: ProjectPost }) {
  const { project, post } = props;
  return (
    <ProjectFrame project={project} section="" title={`${post.author.name}の返信`}>
      <p class="post-actions">
        <a href={`#/projects/${project.id}/posts/${post.threadId}?reply=${post.id}`}>スレッドで読む</a>
      </p>
      <article class="card project-post reply" aria-label="返信">
        <PostHead post={post} project={project} />
        {post.text && <p class="post-text">{post.text}</p>}
        <PostFiles projectId={project.id} ids={post.attachmentIds} />
      </article>
      <Readers projectId={project.id} postId={post.id} />
      {post.history && post.history.length > 0 && <History projectId={project.id} versions={post.history} />}
    </ProjectFrame>
  );
}

function PostHead(props: { post: ProjectPost; project: Project }) {
  const post = props.post;
  const mine = post.author.userId === currentUser();
  return (
    <div class="post-head">
      <p class="post-meta">
        {post.read === false && <span class="badge">新着</span>}
        {post.pinned && <span class="badge badge-pin">ピン留め</span>}
        <span class="author">{authorLine(post.author)}</span>
        <time dateTime={post.postedAt.toISOString()}>{formatDateTime(post.postedAt, true)}</time>
        {post.version > 1 && <span class="corrected">訂正あり（第{post.version}版）</span>}
      </p>
      {mine && (
        <p class="post-actions">
          <a href={`#/projects/${props.project.id}/posts/${post.id}/correct`}>{post.threadId ? "この返信を訂正する" : "この投稿を訂正する"}</a>
        </p>
      )}
    </div>
  );
}

function EventBox(props: { project: Project; post: ProjectPost; answered: (post: ProjectPost) => void }) {
  const { project, post } = props;
  const event = post.event!;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  async function answer(value: "attend" | "absent") {
    setSending(value);
    setProblem(null);
    setSaid(null);
    try {
      const answered = await projects.answerProjectEvent({ projectId: project.id, postId: post.id, attendanceAnswerRequest: { answer: value } });
      props.answered(answered);
      setSaid(value === "attend" ? "出席と回答しました。" : "欠席と回答しました。");
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setSending(null);
    }
  }

  const answers = post.answers ?? [];
  return (
    <section class="event-box" aria-labelledby="event-title">
      <h3 id="event-title">イベント</h3>
      <dl class="facts">
        <div><dt>日時</dt><dd>{eventWhen(post)}</dd></div>
        {event.place && <div><dt>場所</dt><dd>{event.place}</dd></div>}
        {event.onlineUrl && (
          <div>
            <dt>オンライン</dt>
            <dd><a class="online-link" href={event.onlineUrl} target="_blank" rel="noopener noreferrer">{event.onlineUrl}</a></dd>
          </div>
        )}
        <div><dt>回答</dt><dd>出席 {event.attending ?? 0}人・欠席 {event.absent ?? 0}人</dd></div>
      </dl>
      {event.takesAnswers ? (
        <div class="attendance" role="group" aria-labelledby="attendance-label">
          <p id="attendance-label" class="attendance-label">
            あなたの出欠：{post.myAnswer === "attend" ? "出席" : post.myAnswer === "absent" ? "欠席" : "未回答"}
            {post.myAnswer && <span class="meta">（終了まで変えられます）</span>}
          </p>
          <div class="form-actions">
            <button type="button" class={post.myAnswer === "attend" ? "primary" : ""} aria-pressed={post.myAnswer === "attend"}
              disabled={sending !== null} onClick={() => answer("attend")}>
              {sending === "attend" ? "送信中…" : "出席する"}
            </button>
            <button type="button" class={post.myAnswer === "absent" ? "primary" : ""} aria-pressed={post.myAnswer === "absent"}
              disabled={sending !== null} onClick={() => answer("absent")}>
              {sending === "absent" ? "送信中…" : "欠席する"}
            </button>
          </div>
          {said && <p class="success" role="status">{said}</p>}
        </div>
      ) : (
        <p class="empty">このイベントは終了したため、出欠の回答は締め切りました。</p>
      )}
      <ProblemBox problem={problem} />
      {answers.length > 0 && (
        <details class="answers">
          <summary>回答した人（{answers.length}人）</summary>
          <ul>
            {answers.map((item) => (
              <li key={item.userId}>
                <span class={`answer-${item.answer}`}>{item.answerLabel}</span>　{item.name}
                {item.facilityName && <span class="meta">{item.facilityName}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function PinControl(props: { project: Project; post: ProjectPost; changed: (pinned: boolean) => void }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  if (!administers(props.project)) {
    return null;
  }
  const pinned = Boolean(props.post.pinned);
  async function toggle() {
    setSending(true);
    setProblem(null);
    setSaid(null);
    try {
      const request = { projectId: props.project.id, postId: props.post.id };
      await (pinned ? projects.unpinProjectPost(request) : projects.pinProjectPost(request));
      props.changed(!pinned);
      setSaid(pinned ? "ピン留めを外しました。" : "スレッドの一覧の先頭にピン留めしました。");
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setSending(false);
    }
  }
  return (
    <div class="pin-control">
      <button type="button" onClick={toggle} disabled={sending}>{pinned ? "ピン留めを外す" : "ピン留めする"}</button>
      {said && <p class="success" role="status">{said}</p>}
      <ProblemBox problem={problem} />
    </div>
  );
}

function Readers(props: { projectId: string; postId: string }) {
  const readers = useLoad(() => projects.readProjectPostReaders({ projectId: props.projectId, postId: props.postId }), [props.projectId, props.postId]);
  return (
    <details class="card readers-box">
      <summary>既読 {readers.data ? `${readers.data.items.length}人` : ""}</summary>
      {readers.loading && <Loading />}
      <ProblemBox problem={readers.problem} />
      {readers.data && <ReaderList readers={readers.data.items} />}
    </details>
  );
}

function History(props: { projectId: string; versions: ProjectPost[] }) {
  return (
    <details class="card history-box">
      <summary>以前の版（{props.versions.length}件）</summary>
      <ol class="history">
        {props.versions.map((version) => (
          <li key={version.version}>
            <article class="card project-post post-old" aria-label={`第${version.version}版`}>
              <p class="post-meta">
                <span>第{version.version}版</span>
                <time dateTime={version.versionAt.toISOString()}>{formatDateTime(version.versionAt, true)}</time>
              </p>
              {version.text && <p class="post-text">{version.text}</p>}
              {version.event && <p class="meta">日時：{eventWhen(version)}{version.event.place ? `・${version.event.place}` : ""}</p>}
              <PostFiles projectId={props.projectId} ids={version.attachmentIds} />
              {version.correction && (
                <p class="correction">
                  {formatDateTime(version.correction.correctedAt, true)}に{version.correction.correctedBy}が訂正：{version.correction.reason}
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
    </details>
  );
}
