// Creating a project (the creator becomes its owner), and changing its name, description, kind and admission
// against the version read (a concurrent change is answered 409 and the latest is shown).

import { useState } from "preact/hooks";
import type { Project } from "@igetanet/api";
import { type ApiProblem, idempotencyKey, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { navigate } from "../../router";
import { Field, fieldMessage, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";
import { ADMISSIONS, administers, FormProblem, KINDS, NO_PATIENT_DATA, ProjectFrame } from "./common";

interface Details {
  name: string;
  description: string;
  kind: string;
  admission: string;
}

function DetailsFields(props: { details: Details; change: (patch: Partial<Details>) => void; problem: ApiProblem | null; network: boolean }) {
  const { details, change, problem } = props;
  return (
    <>
      <Field label="名前" required hint="100文字以内" error={fieldMessage(problem, "name")}>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="name" value={details.name} maxLength={100} aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => change({ name: event.currentTarget.value })} />
        )}
      </Field>
      <Field label="種類" required error={fieldMessage(problem, "kind")}>
        {({ id, describedBy, invalid }) => (
          <select id={id} name="kind" value={details.kind} aria-describedby={describedBy} aria-invalid={invalid}
            onChange={(event) => change({ kind: event.currentTarget.value })}>
            {KINDS.map((kind) => <option key={kind.value} value={kind.value}>{kind.label}</option>)}
          </select>
        )}
      </Field>
      {props.network ? (
        <p class="notice">参加の方法：地域の全利用者（変更できません）</p>
      ) : (
        <fieldset class="choices" aria-describedby={fieldMessage(problem, "admission") ? "admission-error" : undefined}>
          <legend>参加の方法</legend>
          {ADMISSIONS.map((admission) => (
            <label key={admission.value} class="choice">
              <input type="radio" name="admission" value={admission.value} checked={details.admission === admission.value}
                onChange={() => change({ admission: admission.value })} />
              <span>
                <strong>{admission.label}</strong>
                <span class="hint">{admission.hint}</span>
              </span>
            </label>
          ))}
          {fieldMessage(problem, "admission") && <p class="field-error" id="admission-error">{fieldMessage(problem, "admission")}</p>}
        </fieldset>
      )}
      <Field label="説明" hint={`2000文字以内。${NO_PATIENT_DATA}`} error={fieldMessage(problem, "description")}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name="description" rows={5} value={details.description} aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => change({ description: event.currentTarget.value })} />
        )}
      </Field>
    </>
  );
}

export function ProjectCreate() {
  const [details, setDetails] = useState<Details>({ name: "", description: "", kind: "training", admission: "open" });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [key, setKey] = useState(idempotencyKey);

  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const project = await projects.createProject({
        idempotencyKey: key,
        projectCreation: { name: details.name.trim() || null, description: details.description.trim() || null, kind: details.kind, admission: details.admission },
      });
      navigate(`/projects/${project.id}`);
    } catch (error) {
      const refused = await problemOf(error);
      if (refused.status !== 0) {
        setKey(idempotencyKey());
      }
      setProblem(refused);
    } finally {
      setSending(false);
    }
  }

  return (
    <Screen title="プロジェクトを作る" back={{ href: "#/projects", label: "プロジェクトの一覧" }}>
      <form class="project-form" onSubmit={submit} noValidate>
        <p class="notice">作った人がオーナーになります。{NO_PATIENT_DATA}</p>
        <FormProblem problem={problem} />
        <DetailsFields details={details} change={(patch) => setDetails({ ...details, ...patch })} problem={problem} network={false} />
        <div class="form-actions">
          <button class="primary" type="submit" disabled={sending}>{sending ? "作成中…" : "作成する"}</button>
          <a class="button" href="#/projects">やめる</a>
        </div>
      </form>
    </Screen>
  );
}

export function ProjectSettings(props: { projectId: string }) {
  const loaded = useLoad(() => projects.getProject({ projectId: props.projectId }), [props.projectId]);
  const [saved, setSaved] = useState(false);
  if (!loaded.data) {
    return (
      <Screen title={loaded.problem?.title ?? "プロジェクトの設定"} back={{ href: "#/projects", label: "プロジェクトの一覧" }}>
        {loaded.loading ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  // a new version (saved, or read again after a conflict) starts the form from what the API holds
  return <SettingsForm key={loaded.data.version} project={loaded.data} reload={loaded.reload} saved={saved} setSaved={setSaved} />;
}

function SettingsForm(props: { project: Project; reload: () => void; saved: boolean; setSaved: (saved: boolean) => void }) {
  const project = props.project;
  const [details, setDetails] = useState<Details>({
    name: project.name, description: project.description ?? "", kind: project.kind, admission: project.admission,
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const { saved, setSaved } = props;

  async function submit(event: Event) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    setSaved(false);
    try {
      await projects.changeProject({
        projectId: project.id,
        projectChange: {
          version: project.version,
          name: details.name.trim() || null,
          description: details.description.trim(),
          kind: details.kind,
          admission: project.admission === "network" ? undefined : details.admission,
        },
      });
      setSaved(true);
      props.reload();
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <ProjectFrame project={project} section="settings" title={`${project.name}の設定`}>
      {!administers(project) ? (
        <p class="empty">設定を変えられるのは、オーナーと管理者です。</p>
      ) : (
        <form class="project-form" onSubmit={submit} noValidate>
          {saved && <p class="success" role="status">変更を保存しました。</p>}
          <FormProblem problem={problem} />
          {problem?.status === 409 && (
            <button type="button" onClick={props.reload}>最新の内容を読み込む</button>
          )}
          <DetailsFields details={details} change={(patch) => setDetails({ ...details, ...patch })} problem={problem}
            network={project.admission === "network"} />
          <div class="form-actions">
            <button class="primary" type="submit" disabled={sending}>{sending ? "保存中…" : "変更を保存"}</button>
          </div>
        </form>
      )}
    </ProjectFrame>
  );
}
