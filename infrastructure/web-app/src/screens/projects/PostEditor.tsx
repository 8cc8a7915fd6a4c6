// Writing in a project: a new thread (optionally an event with its date, place and online meeting, which members
// answer), a reply, or the correction of one's own post (with its reason; the earlier version stays readable). What
// is typed is kept in the session only; the API's messages show beside the fields, and a refusal of patient data is
// explained.

import { useState } from "preact/hooks";
import type { Project, ProjectPost, ProjectPostRequestEventRequest } from "@igetanet/api";
import { type ApiProblem, idempotencyKey, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { navigate } from "../../router";
import { Field, fieldMessage, Loading, ProblemBox, Screen, useLoad } from "../../ui/kit";
import { type Attached, FilePicker, FormProblem, NO_PATIENT_DATA, ProjectFrame } from "./common";

interface Draft {
  text: string;
  attachments: Attached[];
  withEvent: boolean;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  reason: string;
  /** Set when first sent and kept for a retry after a lost answer: the API answers a repeated key once. */
  key?: string;
}

const EMPTY: Draft = { text: "", attachments: [], withEvent: false, startsAt: "", endsAt: "", place: "", onlineUrl: "", reason: "" };

function readDraft(name: string): Draft | null {
  try {
    const raw = sessionStorage.getItem(`project-draft:${name}`);
    return raw ? { ...EMPTY, ...JSON.parse(raw) } : null;
  } catch {
    return null;
  }
}

function writeDraft(name: string, draft: Draft | null) {
  try {
    if (draft) {
      sessionStorage.setItem(`project-draft:${name}`, JSON.stringify(draft));
    } else {
      sessionStorage.removeItem(`project-draft:${name}`);
    }
  } catch {
    // a full or refused session storage keeps the draft in the screen only
  }
}

/** Tokyo wall-clock time of an instant as a datetime-local value. */
function localValue(date: Date | undefined): string {
  if (!date) {
    return "";
  }
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
    .format(date);
  return parts.replace(" ", "T");
}

function fromPost(post: ProjectPost): Draft {
  return {
    text: post.text ?? "",
    attachments: (post.attachmentIds ?? []).map((id, index) => ({ id, name: `添付ファイル ${index + 1}` })),
    withEvent: Boolean(post.event),
    startsAt: localValue(post.event?.startsAt),
    endsAt: localValue(post.event?.endsAt),
    place: post.event?.place ?? "",
    onlineUrl: post.event?.onlineUrl ?? "",
    reason: "",
  };
}

const optional = (value: string) => (value.trim() === "" ? null : value.trim());

function eventOf(draft: Draft): ProjectPostRequestEventRequest | undefined {
  if (!draft.withEvent) {
    return undefined;
  }
  // a datetime-local value is Japan's wall-clock time, which the API takes as such
  return { startsAt: optional(draft.startsAt), endsAt: optional(draft.endsAt), place: optional(draft.place), onlineUrl: optional(draft.onlineUrl) };
}

function eventChanged(draft: Draft, post: ProjectPost): boolean {
  const before = fromPost(post);
  return !before.withEvent || (["startsAt", "endsAt", "place", "onlineUrl"] as const).some((field) => draft[field].trim() !== before[field]);
}

/** The form itself, for a new thread, a reply or a correction. */
export function PostForm(props: {
  project: Project;
  mode: "thread" | "reply" | "correction";
  /** The thread replied to, or the post corrected. */
  post?: ProjectPost;
  onSent: (post: ProjectPost) => void;
}) {
  const { project, mode, post } = props;
  const draftName = `${project.id}:${mode}:${post?.id ?? "new"}`;
  const [draft, setDraftState] = useState<Draft>(() => readDraft(draftName) ?? (mode === "correction" && post ? fromPost(post) : { ...EMPTY }));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const eventAllowed = mode === "thread" || (mode === "correction" && post !== undefined && !post.threadId);
  const prefix = mode === "reply" ? "reply" : "post";

  function setDraft(change: Partial<Draft>) {
    setDraftState((previous) => {
      const next = { ...previous, ...change };
      writeDraft(draftName, next);
      return next;
    });
  }

  async function submit(event: Event) {
    event.preventDefault();
    const key = draft.key ?? idempotencyKey();
    setDraft({ key });
    setSending(true);
    setProblem(null);
    try {
      const attachmentIds = draft.attachments.map((attachment) => attachment.id);
      let sent: ProjectPost;
      if (mode === "correction" && post) {
        sent = await projects.correctProjectPost({
          projectId: project.id, postId: post.id, idempotencyKey: key,
          projectPostCorrection: {
            text: draft.text.trim(), attachmentIds, reason: optional(draft.reason),
            // an unchanged event is left out: it stays as it is, even once it has begun
            event: eventAllowed && draft.withEvent && eventChanged(draft, post) ? eventOf(draft) : undefined,
          },
        });
      } else {
        sent = await projects.createProjectPost({
          projectId: project.id, idempotencyKey: key,
          projectPostCreation: {
            text: optional(draft.text),
            attachmentIds: attachmentIds.length > 0 ? attachmentIds : undefined,
            replyTo: mode === "reply" ? post?.id : undefined,
            event: eventAllowed ? eventOf(draft) : undefined,
          },
        });
      }
      writeDraft(draftName, null);
      setDraftState({ ...EMPTY });
      props.onSent(sent);
    } catch (error) {
      const refused = await problemOf(error);
      if (refused.status !== 0) {
        // refused as written: the corrected content gets a new key
        setDraft({ key: undefined });
      }
      setProblem(refused);
    } finally {
      setSending(false);
    }
  }

  const label = mode === "reply" ? "返信" : "本文";
  return (
    <form class="project-form post-form" onSubmit={submit} noValidate aria-label={mode === "reply" ? "返信を書く" : undefined}>
      <FormProblem problem={problem} />
      <Field label={label} required={mode !== "correction"} hint={`4000文字以内。${NO_PATIENT_DATA}`} error={fieldMessage(problem, "text", "patientId", "replyTo")}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name={`${prefix}-text`} rows={mode === "reply" ? 3 : 6} value={draft.text} aria-describedby={describedBy}
            aria-invalid={invalid} onInput={(event) => setDraft({ text: event.currentTarget.value })} />
        )}
      </Field>

      {eventAllowed && (
        <fieldset class="block">
          <legend>イベント（研修会・会議など）</legend>
          {mode === "correction" && post?.event ? (
            <p class="hint">変えない項目は今のままです。日時を変えたときは、返信でもメンバーに知らせてください。</p>
          ) : (
            <label class="choice">
              <input type="checkbox" name="with-event" checked={draft.withEvent} onChange={(event) => setDraft({ withEvent: event.currentTarget.checked })} />
              <span>日時を付けて、メンバーに出欠を聞く</span>
            </label>
          )}
          {draft.withEvent && (
            <div class="grid event-grid">
              <Field label="開始日時" required hint="日本時間" error={fieldMessage(problem, "event.startsAt", "event")}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} name="event-starts" type="datetime-local" value={draft.startsAt} aria-describedby={describedBy} aria-invalid={invalid}
                    onInput={(event) => setDraft({ startsAt: event.currentTarget.value })} />
                )}
              </Field>
              <Field label="終了日時" hint="省略できます" error={fieldMessage(problem, "event.endsAt")}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} name="event-ends" type="datetime-local" value={draft.endsAt} aria-describedby={describedBy} aria-invalid={invalid}
                    onInput={(event) => setDraft({ endsAt: event.currentTarget.value })} />
                )}
              </Field>
              <Field label="場所" hint="200文字以内" error={fieldMessage(problem, "event.place")}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} name="event-place" value={draft.place} aria-describedby={describedBy} aria-invalid={invalid}
                    onInput={(event) => setDraft({ place: event.currentTarget.value })} />
                )}
              </Field>
              <Field label="オンライン会議のURL" hint="https:// で始まるURL" error={fieldMessage(problem, "event.onlineUrl")}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} name="event-url" type="url" inputMode="url" value={draft.onlineUrl} aria-describedby={describedBy} aria-invalid={invalid}
                    onInput={(event) => setDraft({ onlineUrl: event.currentTarget.value })} />
                )}
              </Field>
            </div>
          )}
        </fieldset>
      )}

      <FilePicker projectId={project.id} attached={draft.attachments} onChange={(attachments) => setDraft({ attachments })}
        onBusy={setUploading} error={fieldMessage(problem, "attachmentIds")} />

      {mode === "correction" && (
        <Field label="訂正の理由" required hint="訂正前の内容は履歴に残り、メンバーが読めます。" error={fieldMessage(problem, "reason")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} name="reason" value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid}
              onInput={(event) => setDraft({ reason: event.currentTarget.value })} />
          )}
        </Field>
      )}
      <div class="form-actions">
        <button class="primary" type="submit" disabled={sending || uploading}>
          {sending ? "送信中…" : mode === "reply" ? "返信する" : mode === "correction" ? "訂正を送信" : "投稿する"}
        </button>
        {mode !== "reply" && (
          <button type="button" onClick={() => { writeDraft(draftName, null); history.back(); }}>書きかけを破棄</button>
        )}
      </div>
    </form>
  );
}

/** The screen of a new thread. */
export function NewThread(props: { projectId: string }) {
  const loaded = useLoad(() => projects.getProject({ projectId: props.projectId }), [props.projectId]);
  if (!loaded.data) {
    return (
      <Screen title={loaded.problem?.title ?? "スレッドを始める"} back={{ href: `#/projects/${props.projectId}`, label: "プロジェクトに戻る" }}>
        {loaded.loading ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  const project = loaded.data;
  return (
    <ProjectFrame project={project} section="" title="スレッドを始める">
      <p class="context">{project.name}</p>
      <PostForm project={project} mode="thread" onSent={(post) => navigate(`/projects/${project.id}/posts/${post.id}`)} />
    </ProjectFrame>
  );
}

/** The screen of a correction of one's own post. */
export function CorrectPost(props: { projectId: string; postId: string }) {
  const loaded = useLoad(async () => {
    const [project, post] = await Promise.all([
      projects.getProject({ projectId: props.projectId }),
      projects.getProjectPost({ projectId: props.projectId, postId: props.postId }),
    ]);
    return { project, post };
  }, [props.projectId, props.postId]);
  if (!loaded.data) {
    return (
      <Screen title={loaded.problem?.title ?? "投稿の訂正"} back={{ href: `#/projects/${props.projectId}`, label: "プロジェクトに戻る" }}>
        {loaded.loading ? <Loading /> : <ProblemBox problem={loaded.problem} />}
      </Screen>
    );
  }
  const { project, post } = loaded.data;
  const thread = post.threadId ?? post.id;
  return (
    <ProjectFrame project={project} section="" title={post.threadId ? "返信の訂正" : "投稿の訂正"}>
      <p class="context">{project.name}</p>
      <PostForm project={project} mode="correction" post={post} onSent={() => navigate(`/projects/${project.id}/posts/${thread}`)} />
    </ProjectFrame>
  );
}
