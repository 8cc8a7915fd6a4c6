// A project's members, owner first: owners and administrators add users of the network (or of a partner network)
// and remove members; the owner sets roles or hands the ownership over; anyone but the owner may leave.

import { useState } from "preact/hooks";
import type { Project, ProjectMember } from "@igetanet/api";
import { type ApiProblem, idempotencyKey, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { currentUser } from "../../auth/session";
import { navigate } from "../../router";
import { Field, fieldMessage, formatDate, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";
import { administers, ProjectFrame } from "./common";

export function Members(props: { projectId: string }) {
  const loaded = useLoad(async () => {
    const [project, members] = await Promise.all([
      projects.getProject({ projectId: props.projectId }),
      projects.listProjectMembers({ projectId: props.projectId }),
    ]);
    return { project, members };
  }, [props.projectId]);
  const [said, setSaid] = useState<string | null>(null);

  if (!loaded.data) {
    return (
      <Screen title={loaded.problem?.title ?? "メンバー"} back={{ href: `#/projects/${props.projectId}`, label: "プロジェクトに戻る" }}>
        {loaded.loading ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  const { project, members } = loaded.data;
  const changed = (message: string) => {
    setSaid(message);
    loaded.reload();
  };
  return (
    <ProjectFrame project={project} section="members" title={`${project.name}のメンバー`}>
      {said && <p class="success" role="status">{said}</p>}
      {members.everyUserOfNetwork ? (
        <p class="notice">地域ネットワークの全利用者がメンバーです。追加・退出・役割の変更はありません。</p>
      ) : (
        <>
          {administers(project) && <AddMember project={project} added={(member) => changed(`${member.name}さんを追加しました。`)} />}
          <h2>メンバー（{members.items.length}人）</h2>
          <ul class="cards member-list" aria-busy={loaded.loading}>
            {members.items.map((member) => (
              <MemberCard key={member.userId} project={project} member={member} changed={changed} />
            ))}
          </ul>
        </>
      )}
    </ProjectFrame>
  );
}

function AddMember(props: { project: Project; added: (member: ProjectMember) => void }) {
  const [userId, setUserId] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [key, setKey] = useState(idempotencyKey);
  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const member = await projects.addProjectMember({ projectId: props.project.id, idempotencyKey: key, projectMemberAddition: { userId: userId.trim() || null } });
      setUserId("");
      setKey(idempotencyKey());
      props.added(member);
    } catch (error) {
      const refused = await problemOf(error);
      if (refused.status !== 0) {
        setKey(idempotencyKey());
      }
      setProblem(refused.status === 404 ? { ...refused, title: "見つかりません", detail: "ユーザーIDを確認してください。" } : refused);
    } finally {
      setSending(false);
    }
  }
  const message = fieldMessage(problem, "userId");
  return (
    <form class="card add-member" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h2 id="add-member-title">メンバーを追加</h2>
      {problem && !message && <ProblemBox problem={problem} />}
      <Field label="ユーザーID" hint="同じ地域ネットワーク、または連携協定のある地域の利用中の利用者" error={message}>
        {({ id, describedBy, invalid }) => (
          <div class="search-row">
            <input id={id} name="member-user-id" autocomplete="off" autocapitalize="none" spellcheck={false} value={userId}
              aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => setUserId(event.currentTarget.value)} />
            <button type="submit" disabled={sending}>{sending ? "追加中…" : "追加"}</button>
          </div>
        )}
      </Field>
    </form>
  );
}

function MemberCard(props: { project: Project; member: ProjectMember; changed: (message: string) => void }) {
  const { project, member } = props;
  const me = currentUser();
  const self = member.userId === me;
  const owner = member.role === "owner";
  const [role, setRole] = useState(member.role);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);

  async function act(work: () => Promise<unknown>, message: string, after?: () => void) {
    setSending(true);
    setProblem(null);
    try {
      await work();
      if (after) {
        after();
      } else {
        props.changed(message);
      }
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setSending(false);
    }
  }

  function changeRole(event: Event) {
    event.preventDefault();
    if (role === member.role) {
      return;
    }
    if (role === "owner" && !window.confirm(`${member.name}さんにオーナーを譲ります。あなたは管理者になります。よろしいですか。`)) {
      return;
    }
    void act(() => projects.changeProjectMemberRole({ projectId: project.id, userId: member.userId, projectRoleChange: { role } }),
      role === "owner" ? `${member.name}さんにオーナーを譲りました。` : `${member.name}さんの役割を変えました。`);
  }

  function remove() {
    const question = self ? "このプロジェクトから退出します。よろしいですか。" : `${member.name}さんをメンバーから外します。よろしいですか。`;
    if (!window.confirm(question)) {
      return;
    }
    void act(() => projects.removeProjectMember({ projectId: project.id, userId: member.userId }),
      `${member.name}さんを外しました。`, self ? () => navigate("/projects") : undefined);
  }

  const setsRoles = project.myRole === "owner" && !owner;
  const removes = !owner && (self || administers(project));
  return (
    <li class="card member">
      <p class="member-name">
        {member.name}
        {self && <span class="meta">（あなた）</span>}
        <span class={`badge ${owner ? "badge-owner" : "badge-quiet"}`}>{member.roleLabel}</span>
      </p>
      <p class="project-meta">
        {[member.profession, member.facilityName].filter(Boolean).join("・")}・{member.userId}・{formatDate(member.addedAt)}参加
      </p>
      {(setsRoles || removes) && (
        <div class="member-actions">
          {setsRoles && (
            <form class="role-form" onSubmit={changeRole}>
              <label for={`role-${member.userId}`}>役割</label>
              <div class="search-row">
                <select id={`role-${member.userId}`} value={role} onChange={(event) => setRole(event.currentTarget.value)}>
                  <option value="member">メンバー</option>
                  <option value="administrator">管理者</option>
                  <option value="owner">オーナーを譲る</option>
                </select>
                <button type="submit" disabled={sending || role === member.role}>変更</button>
              </div>
            </form>
          )}
          {removes && (
            <button type="button" class="danger" disabled={sending} onClick={remove}>
              {self ? "このプロジェクトから退出する" : `${member.name}さんを外す`}
            </button>
          )}
        </div>
      )}
      <ProblemBox problem={problem} />
    </li>
  );
}
