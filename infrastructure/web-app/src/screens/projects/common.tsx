// What the project screens share: the kinds and ways of admission, the project's frame (its name and sections),
// the explanation of the refusal of patient data, who wrote a post, and files (upload with progress, opening).

import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Project, ProjectPost, ProjectPostViewAuthor } from "@igetanet/api";
import { type ApiProblem, problemOf } from "../../api";
import { projects } from "../../clients/projects";
import { formatDateTime, Screen } from "../../ui/kit";
import { uploadFile, uploadProblem, UploadProgress } from "../../ui/upload";

export const KINDS = [
  { value: "training", label: "研修" },
  { value: "information_exchange", label: "情報交換" },
  { value: "administrative_contact", label: "事務連絡" },
  { value: "community_care_meeting", label: "地域ケア会議" },
  { value: "other", label: "その他" },
];

export const ADMISSIONS = [
  { value: "open", label: "参加自由", hint: "地域ネットワークの利用者なら誰でも参加できます。" },
  { value: "invitation", label: "招待制", hint: "オーナー・管理者が追加した人だけが読めます。" },
];

export const ACCEPTED_FILES = "image/jpeg,image/png,image/heic,application/pdf";

/** The stand-in text of the rule, shown where people write (the API's own notice when it sent one). */
export const NO_PATIENT_DATA = "プロジェクトには療養者の情報を書き込まないでください。療養者の情報は、その療養者の連絡帳に投稿してください。";

/** Whether the caller may change the project and its members (owner or administrator). */
export function administers(project: Project | null | undefined): boolean {
  return project?.myRole === "owner" || project?.myRole === "administrator";
}

/** Whether the API refused the content because it names a patient (a patient id or a link to a record). */
export function refusesPatientData(problem: ApiProblem | null): boolean {
  return Boolean(problem?.errors.some((error) => error.field === "patientId" || error.message.includes("療養者")));
}

/**
 * The refusal of patient data, explained: why projects take none, what was found, and where patient information
 * goes instead. The field's own message shows beside the field as well.
 */
export function PatientDataRefusal(props: { problem: ApiProblem | null }) {
  if (!refusesPatientData(props.problem)) {
    return null;
  }
  return (
    <div class="problem patient-refusal" role="alert">
      <p class="problem-title">プロジェクトには療養者の情報を書き込めません</p>
      <p>
        {"プロジェクトは研修・情報交換・事務連絡のための場で、療養者のケアチームではない人も読みます。"
          + "入力に療養者ID（26文字の英数字）か、療養者の連絡帳へのリンク（/patients/ を含むアドレス）があったため、送信していません。"}
      </p>
      <p>
        {"該当する部分を消して送り直してください。療養者についての情報は、その療養者の連絡帳に投稿してください（ケアチームだけが読めます）。"}
      </p>
      <p>
        <a class="button" href="#/">担当の療養者の一覧へ</a>
      </p>
    </div>
  );
}

/** The problem box of a form: the patient-data refusal explained, or the API's title and detail. */
export function FormProblem(props: { problem: ApiProblem | null }) {
  const problem = props.problem;
  if (!problem) {
    return null;
  }
  if (refusesPatientData(problem)) {
    return <PatientDataRefusal problem={problem} />;
  }
  return (
    <div class="problem" role="alert">
      <p class="problem-title">{problem.title}</p>
      <p>{problem.detail}</p>
      {problem.errors.length > 0 && <p>各項目の下のメッセージを確認してください。</p>}
    </div>
  );
}

/** A project's screen: its name as the heading, the way back to the list, and its sections. */
export function ProjectFrame(props: {
  project: Project;
  section: "" | "members" | "settings";
  title?: string;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const project = props.project;
  const sections = [
    { path: "", label: "スレッド" },
    { path: "members", label: "メンバー" },
    ...(administers(project) ? [{ path: "settings", label: "設定" }] : []),
  ];
  return (
    <Screen title={props.title ?? project.name} back={{ href: "#/projects", label: "プロジェクトの一覧" }} actions={props.actions}>
      {project.myRole && (
        <nav class="sections" aria-label="プロジェクトの画面">
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <a href={`#/projects/${project.id}${section.path ? `/${section.path}` : ""}`}
                  aria-current={section.path === props.section ? "page" : undefined}>
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {props.children}
    </Screen>
  );
}

export function authorLine(author: ProjectPostViewAuthor): string {
  const where = [author.profession, author.facilityName].filter(Boolean).join("・");
  return where ? `${author.name}（${where}）` : author.name;
}

export function eventWhen(post: ProjectPost): string {
  const event = post.event;
  if (!event) {
    return "";
  }
  return `${formatDateTime(event.startsAt, true)}${event.endsAt ? `〜${formatDateTime(event.endsAt)}` : ""}`;
}


export interface Attached {
  id: string;
  name: string;
}

/** Opens a file of the project in a new tab (the tab is opened within the click, so that no popup blocker refuses it). */
export async function openProjectAttachment(projectId: string, attachmentId: string): Promise<ApiProblem | null> {
  const opened = window.open("about:blank", "_blank");
  if (opened) {
    opened.opener = null;
  }
  try {
    const download = await projects.downloadProjectAttachment({ projectId, attachmentId });
    if (opened) {
      opened.location.href = download.downloadUrl;
    } else {
      location.assign(download.downloadUrl);
    }
    return null;
  } catch (error) {
    opened?.close();
    return problemOf(error);
  }
}

/** The files of a post, each a button that opens it; a refusal shows under them. */
export function PostFiles(props: { projectId: string; ids?: string[] }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (!props.ids || props.ids.length === 0) {
    return null;
  }
  return (
    <div class="project-files">
      <ul class="file-list" aria-label="添付ファイル">
        {props.ids.map((id, index) => (
          <li key={id}>
            <button type="button" class="file-open" onClick={async () => setProblem(await openProjectAttachment(props.projectId, id))}>
              添付ファイル {index + 1} を開く
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p class="field-error" role="alert">
          {problem.title}
        </p>
      )}
    </div>
  );
}

/** Choosing files and sending them to the project's storage, each with its progress; the ids go into the post. */
export function FilePicker(props: {
  projectId: string;
  attached: Attached[];
  onChange: (attached: Attached[]) => void;
  onBusy: (busy: boolean) => void;
  error?: string;
}) {
  const [uploading, setUploading] = useState<{ name: string; share: number } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function attach(files: FileList | null, input: HTMLInputElement) {
    let attached = props.attached;
    setProblem(null);
    props.onBusy(true);
    for (const file of Array.from(files ?? [])) {
      setUploading({ name: file.name, share: 0 });
      try {
        const target = await projects.startProjectAttachment({
          projectId: props.projectId,
          attachmentUploadRequest: { contentType: file.type || "application/octet-stream", bytes: file.size },
        });
        await uploadFile(target.uploadUrl, target.method, target.uploadHeaders, file, (share) => setUploading({ name: file.name, share }));
        attached = [...attached, { id: target.attachmentId, name: file.name }];
        props.onChange(attached);
      } catch (error) {
        setProblem(await uploadProblem(error));
      } finally {
        setUploading(null);
      }
    }
    input.value = "";
    props.onBusy(false);
  }

  const message = problem ? [problem.title, ...problem.errors.map((error) => error.message)].join(" ") : props.error;
  return (
    <fieldset class="block">
      <legend>添付ファイル（研修資料・議事録など）</legend>
      <p class="hint">JPEG・PNG・HEIC・PDF、1件10MBまで、10件まで。療養者の情報を含むファイルは添付しないでください。</p>
      {props.attached.length > 0 && (
        <ul class="attachments">
          {props.attached.map((attachment) => (
            <li key={attachment.id}>
              <span class="file-name">{attachment.name}</span>
              <button type="button" class="link" onClick={() => props.onChange(props.attached.filter((item) => item.id !== attachment.id))}>
                {attachment.name} を外す
              </button>
            </li>
          ))}
        </ul>
      )}
      <UploadProgress uploading={uploading} />
      <label class="button file-button">
        ファイルを選ぶ
        <input class="visually-hidden" type="file" accept={ACCEPTED_FILES} multiple
          onChange={(event) => attach(event.currentTarget.files, event.currentTarget)} />
      </label>
      {message && <p class="field-error" role="alert">{message}</p>}
    </fieldset>
  );
}
