// The projects: mine (with the unread posts of each, the secretariat's first) or the open ones of my network that I
// may join, newest first.

import { useEffect, useState } from "preact/hooks";
import type { Project } from "@igetanet/api";
import { projects } from "../../clients/projects";
import { formatDate, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";

export function ProjectList(props: { view: string }) {
  const view = props.view === "open" ? "open" : "mine";
  const page = useLoad(() => projects.listProjects({ view }), [view]);
  const [more, setMore] = useState<{ items: Project[]; cursor?: string }>({ items: [] });
  useEffect(() => setMore({ items: [], cursor: page.data?.nextCursor }), [page.data]);

  async function next() {
    const answer = await projects.listProjects({ view, cursor: more.cursor });
    setMore({ items: [...more.items, ...answer.items], cursor: answer.nextCursor });
  }

  const items = [...(page.data?.items ?? []), ...more.items];
  return (
    <Screen title="プロジェクト" actions={<a class="button" href="#/projects/new">プロジェクトを作る</a>}>
      <p class="project-intro">多職種の研修・情報交換・事務連絡のための場です。療養者の情報は書き込めません。</p>
      <nav class="sections" aria-label="プロジェクトの一覧の切り替え">
        <ul>
          <li><a href="#/projects" aria-current={view === "mine" ? "page" : undefined}>参加中</a></li>
          <li><a href="#/projects?view=open" aria-current={view === "open" ? "page" : undefined}>参加できるプロジェクト</a></li>
        </ul>
      </nav>
      {page.loading && <Loading />}
      <ProblemBox problem={page.problem} />
      {page.data && items.length === 0 && (
        <p class="empty">
          {view === "mine" ? "参加中のプロジェクトはまだありません。「参加できるプロジェクト」から参加するか、プロジェクトを作ってください。"
            : "参加できるプロジェクトは今はありません。"}
        </p>
      )}
      {items.length > 0 && (
        <ul class="cards project-list" aria-busy={page.loading}>
          {items.map((project) => (
            <li key={project.id}>
              <a class="card project-card" href={`#/projects/${project.id}`}>
                <span class="project-name">{project.name}</span>
                <span class="project-meta">
                  {project.kindLabel}・{project.admissionLabel}
                  {project.memberCount !== undefined && `・メンバー${project.memberCount}人`}
                  {project.myRoleLabel && `・${project.myRoleLabel}`}
                </span>
                <span class="project-meta">{formatDate(project.updatedAt)}更新</span>
                {view === "mine" ? (
                  (project.unread ?? 0) > 0 ? (
                    <span class="badge" aria-label={`未読${project.unread}件`}>未読 {project.unread}</span>
                  ) : (
                    <span class="badge badge-quiet">未読なし</span>
                  )
                ) : project.joinable ? (
                  <span class="badge badge-open">参加できます</span>
                ) : (
                  <span class="badge badge-quiet">参加中</span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      {more.cursor && <button type="button" class="more" onClick={next}>さらに表示</button>}
      {page.data?.notice && <p class="notice-small">{page.data.notice}</p>}
    </Screen>
  );
}
