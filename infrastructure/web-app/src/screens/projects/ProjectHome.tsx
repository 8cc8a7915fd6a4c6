// One project: its description, the way to join an open one, the pinned threads and the threads newest first with
// what is unread, and the search of posts and replies.

import { useEffect, useState } from "preact/hooks";
import type { Project, ProjectPost } from "@igetanet/api";
import { type ApiProblem, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { currentUser } from "../../auth/session";
import { navigate } from "../../router";
import { formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";
import { authorLine, eventWhen, NO_PATIENT_DATA, ProjectFrame } from "./common";

export function ProjectHome(props: { projectId: string; q: string }) {
  const loaded = useLoad(() => projects.getProject({ projectId: props.projectId }), [props.projectId]);
  if (!loaded.data) {
    return (
      <Screen title={loaded.problem?.title ?? "プロジェクト"} back={{ href: "#/projects", label: "プロジェクトの一覧" }}>
        {loaded.loading ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  const project = loaded.data;
  const startsThreads = project.admission !== "network" || project.myRole === "owner" || project.myRole === "administrator";
  return (
    <ProjectFrame project={project} section=""
      actions={project.myRole && startsThreads ? <a class="button primary" href={`#/projects/${project.id}/new`}>スレッドを始める</a> : undefined}>
      <div class="card project-about">
        <p class="project-meta">
          {project.kindLabel}・{project.admissionLabel}
          {project.memberCount !== undefined && `・メンバー${project.memberCount}人`}
          {project.myRoleLabel && `・あなたは${project.myRoleLabel}`}
        </p>
        {project.description && <p class="post-text">{project.description}</p>}
      </div>
      <p class="notice">{project.notice ?? NO_PATIENT_DATA}</p>
      {project.joinable ? <Join project={project} joined={loaded.reload} /> : <Threads project={project} q={props.q} />}
    </ProjectFrame>
  );
}

function Join(props: { project: Project; joined: () => void }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  async function join() {
    setSending(true);
    setProblem(null);
    try {
      await projects.addProjectMember({ projectId: props.project.id, projectMemberAddition: { userId: currentUser() } });
      props.joined();
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setSending(false);
    }
  }
  return (
    <section class="card join" aria-labelledby="join-title">
      <h2 id="join-title">参加すると読めます</h2>
      <p>参加自由のプロジェクトです。参加するとスレッドを読み、投稿やイベントの出欠の回答ができます。いつでも退出できます。</p>
      <ProblemBox problem={problem} />
      <button class="primary" type="button" onClick={join} disabled={sending}>{sending ? "参加しています…" : "このプロジェクトに参加する"}</button>
    </section>
  );
}

function Threads(props: { project: Project; q: string }) {
  const project = props.project;
  const [query, setQuery] = useState(props.q);
  useEffect(() => setQuery(props.q), [props.q]);
  const page = useLoad(() => projects.readProjectTimeline({ projectId: project.id, q: props.q || undefined }), [project.id, props.q]);
  const [more, setMore] = useState<{ items: ProjectPost[]; cursor?: string }>({ items: [] });
  useEffect(() => setMore({ items: [], cursor: page.data?.nextCursor }), [page.data]);

  async function next() {
    const answer = await projects.readProjectTimeline({ projectId: project.id, q: props.q || undefined, cursor: more.cursor });
    setMore({ items: [...more.items, ...answer.items], cursor: answer.nextCursor });
  }

  const base = `/projects/${project.id}`;
  const searching = props.q !== "";
  const pinned = searching ? [] : page.data?.pinned ?? [];
  const pinnedIds = new Set(pinned.map((post) => post.id));
  const items = [...(page.data?.items ?? []), ...more.items].filter((post) => !pinnedIds.has(post.id));
  return (
    <>
      <form class="search" role="search" onSubmit={(event) => {
        event.preventDefault();
        const words = query.trim();
        navigate(words ? `${base}?q=${encodeURIComponent(words)}` : base);
      }}>
        <label for="project-search">投稿と返信を検索</label>
        <div class="search-row">
          <input id="project-search" type="search" maxLength={100} value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          <button type="submit">検索</button>
        </div>
      </form>
      {searching && (
        <p class="search-state">
          「{props.q}」を含む投稿と返信
          <a class="button" href={`#${base}`}>検索をやめる</a>
        </p>
      )}
      {page.loading && <Loading />}
      <ProblemBox problem={page.problem} />
      {pinned.length > 0 && (
        <section aria-labelledby="pinned-title">
          <h2 id="pinned-title">ピン留め</h2>
          <ul class="cards thread-list">
            {pinned.map((post) => <ThreadCard key={post.id} post={post} />)}
          </ul>
        </section>
      )}
      <section aria-labelledby="threads-title" aria-busy={page.loading}>
        <h2 id="threads-title">{searching ? "検索結果（新しい順）" : "スレッド（新しい順）"}</h2>
        {page.data && items.length === 0 && pinned.length === 0 && (
          <p class="empty">
            {searching ? (more.cursor ? "この範囲には見つかりませんでした。「さらに検索」で続きを探せます。" : "見つかりませんでした。")
              : "まだスレッドはありません。"}
          </p>
        )}
        {page.data && items.length === 0 && pinned.length > 0 && !more.cursor && <p class="empty">ピン留め以外のスレッドはありません。</p>}
        {items.length > 0 && (
          <ul class="cards thread-list">
            {items.map((post) => <ThreadCard key={post.id} post={post} />)}
          </ul>
        )}
        {more.cursor && <button type="button" class="more" onClick={next}>{searching ? "さらに検索" : "さらに表示"}</button>}
      </section>
      {page.data?.notice && page.data.notice !== (project.notice ?? NO_PATIENT_DATA) && <p class="notice-small">{page.data.notice}</p>}
    </>
  );
}

function firstLine(post: ProjectPost): string {
  const text = post.text?.trim() ?? "";
  if (!text) {
    return post.attachmentIds?.length ? `添付ファイル ${post.attachmentIds.length}件` : "（本文なし）";
  }
  const line = text.split("\n")[0];
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

function ThreadCard(props: { post: ProjectPost }) {
  const post = props.post;
  const threadId = post.threadId ?? post.id;
  const href = `#/projects/${post.projectId}/posts/${threadId}${post.threadId ? `?reply=${post.id}` : ""}`;
  const rest = post.text?.includes("\n") ? post.text.slice(post.text.indexOf("\n") + 1).trim() : "";
  return (
    <li>
      <a class={`card thread-card${post.read === false ? " unread" : ""}`} href={href}>
        <span class="thread-title">
          {post.read === false && <span class="badge">未読</span>}
          {post.pinned && <span class="badge badge-pin">ピン留め</span>}
          {post.threadId && <span class="badge badge-quiet">返信</span>}
          {post.event && <span class="badge badge-event">イベント</span>}
          <span class="thread-line">{firstLine(post)}</span>
        </span>
        {rest && <span class="thread-rest">{rest.length > 90 ? `${rest.slice(0, 90)}…` : rest}</span>}
        {post.event && <span class="thread-event">{eventWhen(post)}{post.event.place ? `・${post.event.place}` : ""}</span>}
        <span class="project-meta">
          {authorLine(post.author)}・<time dateTime={post.postedAt.toISOString()}>{formatDateTime(post.postedAt)}</time>
          {post.replyCount !== undefined && `・返信${post.replyCount}件`}
          {post.attachmentIds && post.attachmentIds.length > 0 && `・添付${post.attachmentIds.length}件`}
        </span>
      </a>
    </li>
  );
}
