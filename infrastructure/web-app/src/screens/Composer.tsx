// Writing a post, or correcting one's own: category, text, and the structured blocks — vital signs in fixed units,
// medications (YJ code), laboratory results (JLAC10, unit, reference range) and photos or PDFs uploaded with their
// progress shown. What is typed is kept in the session as it is typed (a reload keeps it); a sent post stays in the
// outbox until the API has answered, and the duplicate-medication warnings of the answer are shown before leaving.

import { useEffect, useRef, useState } from "preact/hooks";
import type { Medication, Post, PostCorrection, PostCreation } from "@igetanet/api";
import { idempotencyKey, posts, problemOf, type ApiProblem } from "../api";
import { navigate } from "../router";
import { dropDraft, outbox, readDraft, send, writeDraft } from "../outbox";
import { useStore } from "../store";
import { Field, fieldMessage, Loading, ProblemBox, Screen } from "../ui/kit";
import { VITALS } from "../ui/postView";
import { uploadFile, uploadProblem, UploadProgress } from "../ui/upload";
import { CATEGORIES } from "./PatientRecord";

interface MedicationRow { yjCode: string; name: string; dose: string; unit: string; frequency: string; startDate: string; prescriber: string }
interface LabRow { code: string; name: string; value: string; resultText: string; unit: string; referenceLow: string; referenceHigh: string; specimenDate: string }
interface Attached { id: string; name: string }

interface Draft {
  category: string;
  text: string;
  vitals: Record<string, string>;
  medications: MedicationRow[];
  labs: LabRow[];
  attachments: Attached[];
  reason: string;
  /** Set when first sent, kept for every later attempt: the API answers a repeated key once. */
  key?: string;
}

const EMPTY_MEDICATION: MedicationRow = { yjCode: "", name: "", dose: "", unit: "", frequency: "", startDate: "", prescriber: "" };
const EMPTY_LAB: LabRow = { code: "", name: "", value: "", resultText: "", unit: "", referenceLow: "", referenceHigh: "", specimenDate: "" };
const ACCEPTED_FILES = "image/jpeg,image/png,image/heic,application/pdf";

function emptyDraft(category: string): Draft {
  return { category, text: "", vitals: {}, medications: [], labs: [], attachments: [], reason: "" };
}

function fromPost(post: Post): Draft {
  const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  return {
    category: post.category,
    text: post.text ?? "",
    vitals: Object.fromEntries(Object.entries(post.vitals ?? {}).map(([key, value]) => [key, text(value)])),
    medications: (post.medications ?? []).map((medication) => ({
      yjCode: text(medication.yjCode), name: text(medication.name), dose: text(medication.dose), unit: text(medication.unit),
      frequency: text(medication.frequency), startDate: text(medication.startDate), prescriber: text(medication.prescriber),
    })),
    labs: (post.labResults ?? []).map((result) => ({
      code: result.code, name: result.name, value: text(result.value), resultText: text(result.resultText), unit: text(result.unit),
      referenceLow: text(result.referenceLow), referenceHigh: text(result.referenceHigh),
      specimenDate: result.specimenDate ? result.specimenDate.toISOString().slice(0, 10) : "",
    })),
    attachments: (post.attachmentIds ?? []).map((id, index) => ({ id, name: `添付ファイル ${index + 1}` })),
    reason: "",
  };
}

const number = (value: string) => (value.trim() === "" ? undefined : Number(value));
const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

function body(draft: Draft): PostCreation {
  const vitals = Object.fromEntries(Object.entries(draft.vitals).filter(([, value]) => value.trim() !== "").map(([key, value]) => [key, Number(value)]));
  return {
    category: draft.category,
    text: optional(draft.text),
    vitals: Object.keys(vitals).length > 0 ? vitals : undefined,
    medications: draft.medications.length > 0
      ? draft.medications.map((row): Medication => ({
          yjCode: optional(row.yjCode), name: optional(row.name), dose: number(row.dose), unit: optional(row.unit),
          frequency: optional(row.frequency), startDate: optional(row.startDate), prescriber: optional(row.prescriber),
        }))
      : undefined,
    labResults: draft.labs.length > 0
      ? draft.labs.map((row) => ({
          code: optional(row.code), name: optional(row.name), value: number(row.value), resultText: optional(row.resultText),
          unit: optional(row.unit), referenceLow: number(row.referenceLow), referenceHigh: number(row.referenceHigh),
          specimenDate: optional(row.specimenDate),
        }))
      : undefined,
    attachmentIds: draft.attachments.length > 0 ? draft.attachments.map((attachment) => attachment.id) : undefined,
  };
}


export function Composer(props: { patientId: string; category?: string | null; correcting?: string }) {
  const draftName = `${props.patientId}:${props.correcting ?? "new"}`;
  const [draft, setDraftState] = useState<Draft | null>(() => readDraft<Draft>(draftName) ?? (props.correcting ? null : emptyDraft(props.category || "visit")));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [waiting, setWaiting] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<Post | null>(null);
  const [uploading, setUploading] = useState<{ name: string; share: number } | null>(null);
  const queued = useStore(outbox);
  // while this screen is sending, it shows the answer itself (the effect below is for posts the outbox delivers)
  const answeredHere = useRef(false);
  // fields changed since the API refused them: their messages go, the others stay until the next attempt
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const message = (path: string) => (edited.has(path) ? undefined : fieldMessage(problem, path));
  const touch = (path: string) => setEdited((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));

  // a post sent from here and delivered later by the outbox (before or after a reload), which forgot its draft:
  // back to the record, where it now shows
  useEffect(() => {
    if (!answeredHere.current && draft?.key && !queued.some((item) => item.key === draft.key) && readDraft(draftName) === null) {
      navigate(`/patients/${props.patientId}`);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queued]);

  useEffect(() => {
    if (!draft && props.correcting) {
      posts.getPost({ patientId: props.patientId, postId: props.correcting }).then(
        (post) => setDraftState(fromPost(post)),
        async (error) => setProblem(await problemOf(error)),
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function setDraft(change: Partial<Draft>) {
    setDraftState((previous) => {
      const next = { ...(previous as Draft), ...change };
      writeDraft(draftName, next);
      return next;
    });
  }

  const back = `#/patients/${props.patientId}`;
  const title = props.correcting ? "投稿の訂正" : "投稿する";
  if (!draft) {
    return (
      <Screen title={title} back={{ href: back, label: "記録に戻る" }}>
        {problem ? <ProblemBox problem={problem} /> : <Loading />}
      </Screen>
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    const current = draft as Draft;
    const key = current.key ?? idempotencyKey();
    setDraft({ key });
    setSending(true);
    setProblem(null);
    setWaiting(null);
    const payload: PostCreation | PostCorrection = props.correcting ? { ...body(current), reason: optional(current.reason) ?? null } : body(current);
    answeredHere.current = true;
    const delivery = await send({ key, patientId: props.patientId, correcting: props.correcting, body: payload, queuedAt: Date.now() });
    setSending(false);
    if (delivery.kind === "sent") {
      dropDraft(draftName);
      setDraftState((previous) => (previous ? { ...previous, key: undefined } : previous));
      if (delivery.post.medicationWarnings?.length) {
        setSent(delivery.post);
      } else {
        navigate(`/patients/${props.patientId}`);
      }
    } else if (delivery.kind === "refused") {
      // the API refused this content: a new key for the corrected content
      setDraft({ key: undefined });
      setEdited(new Set());
      setProblem(delivery.problem);
    } else {
      setWaiting(delivery.problem);
    }
    if (delivery.kind !== "sent") {
      answeredHere.current = false;
    }
  }

  async function attach(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      setUploading({ name: file.name, share: 0 });
      try {
        const target = await posts.startAttachment({
          patientId: props.patientId,
          attachmentUploadRequest: { contentType: file.type || "application/octet-stream", bytes: file.size },
        });
        await uploadFile(target.uploadUrl, target.method, target.uploadHeaders, file, (share) => setUploading({ name: file.name, share }));
        setDraftState((previous) => {
          const next = { ...(previous as Draft), attachments: [...(previous as Draft).attachments, { id: target.attachmentId, name: file.name }] };
          writeDraft(draftName, next);
          return next;
        });
      } catch (error) {
        setProblem(await uploadProblem(error));
      } finally {
        setUploading(null);
      }
    }
  }

  if (sent) {
    return (
      <Screen title="薬剤の重複の確認" back={{ href: back, label: "記録に戻る" }}>
        <p>投稿しました。登録した薬剤に、次の注意があります。処方元・薬局と確認してください。</p>
        <div role="alert">
        <ul class="warnings">
          {sent.medicationWarnings!.flatMap((raised) =>
            raised.warnings.map((warning, index) => (
              <li key={`${raised.index}-${index}`} class="warning">
                <strong>{sent.medications?.[raised.index]?.name}</strong>：{warning.message}
                {warning.others.length > 0 && (
                  <span class="meta">（{warning.others.map((other) => `${other.name}${other.prescriber ? `・${other.prescriber}` : ""}`).join("、")}）</span>
                )}
              </li>
            )),
          )}
        </ul>
        </div>
        <button class="primary" type="button" onClick={() => navigate(`/patients/${props.patientId}`)}>確認しました</button>
      </Screen>
    );
  }

  const category = draft.category;
  const showVitals = category === "vitals" || Object.values(draft.vitals).some((value) => value !== "");
  const showMedications = category === "medication" || draft.medications.length > 0;
  const showLabs = category === "lab" || draft.labs.length > 0;

  return (
    <Screen title={title} back={{ href: back, label: "記録に戻る" }}>
      <form class="composer" onSubmit={submit} noValidate>
        <ProblemBox problem={problem} />
        {waiting && (
          <div class="notice" role="status">
            <p class="problem-title">{waiting.title}</p>
            <p>この投稿は未送信のまま保持しています。通信が戻ると同じ内容で一度だけ送信します。</p>
          </div>
        )}
        <Field label="分類" required error={message("category")}>
          {({ id, describedBy, invalid }) => (
            <select id={id} value={category} aria-describedby={describedBy} aria-invalid={invalid}
              onChange={(event) => { setDraft({ category: event.currentTarget.value }); touch("category"); }}>
              {CATEGORIES.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </select>
          )}
        </Field>
        <Field label="本文" error={message("text")} hint="療養者の支援に必要な情報だけを書いてください。">
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={5} value={draft.text} aria-describedby={describedBy} aria-invalid={invalid}
              onInput={(event) => { setDraft({ text: event.currentTarget.value }); touch("text"); }} />
          )}
        </Field>

        {showVitals && (
          <fieldset class="block">
            <legend>バイタル</legend>
            <div class="grid">
              {VITALS.map((item) => (
                <Field key={item.key} label={`${item.label}（${item.unit}）`} error={message(`vitals.${item.key}`)}>
                  {({ id, describedBy, invalid }) => (
                    <input id={id} name={`vitals-${item.key}`} inputMode="decimal" value={draft.vitals[item.key] ?? ""} aria-describedby={describedBy}
                      aria-invalid={invalid} onInput={(event) => { setDraft({ vitals: { ...draft.vitals, [item.key]: event.currentTarget.value } }); touch(`vitals.${item.key}`); }} />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
        )}

        {showMedications && (
          <fieldset class="block">
            <legend>薬剤</legend>
            {draft.medications.map((row, index) => {
              const path = `medications[${index}]`;
              const change = (patch: Partial<MedicationRow>) => {
                setDraft({ medications: draft.medications.map((item, at) => (at === index ? { ...item, ...patch } : item)) });
                Object.keys(patch).forEach((key) => touch(`${path}.${key}`));
              };
              return (
                <div class="row-group" key={index} role="group" aria-label={`薬剤 ${index + 1}`}>
                  <Field label="YJコード" hint="12桁" error={message(`${path}.yjCode`)}>
                    {({ id, describedBy, invalid }) => <input id={id} name={`medication-${index}-yj`} inputMode="text" value={row.yjCode} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ yjCode: event.currentTarget.value })} />}
                  </Field>
                  <Field label="薬剤名" error={message(`${path}.name`)}>
                    {({ id, describedBy, invalid }) => <input id={id} name={`medication-${index}-name`} value={row.name} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ name: event.currentTarget.value })} />}
                  </Field>
                  <div class="grid">
                    <Field label="用量" error={message(`${path}.dose`)}>
                      {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" value={row.dose} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ dose: event.currentTarget.value })} />}
                    </Field>
                    <Field label="単位" error={message(`${path}.unit`)}>
                      {({ id, describedBy, invalid }) => <input id={id} value={row.unit} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ unit: event.currentTarget.value })} />}
                    </Field>
                    <Field label="用法" error={message(`${path}.frequency`)}>
                      {({ id, describedBy, invalid }) => <input id={id} value={row.frequency} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ frequency: event.currentTarget.value })} />}
                    </Field>
                    <Field label="開始日" error={message(`${path}.startDate`)}>
                      {({ id, describedBy, invalid }) => <input id={id} type="date" value={row.startDate} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ startDate: event.currentTarget.value })} />}
                    </Field>
                  </div>
                  <Field label="処方元" error={message(`${path}.prescriber`)}>
                    {({ id, describedBy, invalid }) => <input id={id} value={row.prescriber} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ prescriber: event.currentTarget.value })} />}
                  </Field>
                  <button type="button" class="link" onClick={() => setDraft({ medications: draft.medications.filter((_, at) => at !== index) })}>
                    薬剤 {index + 1} を削除
                  </button>
                </div>
              );
            })}
            <button type="button" onClick={() => setDraft({ medications: [...draft.medications, { ...EMPTY_MEDICATION }] })}>薬剤を追加</button>
          </fieldset>
        )}

        {showLabs && (
          <fieldset class="block">
            <legend>検査結果</legend>
            {draft.labs.map((row, index) => {
              const path = `labResults[${index}]`;
              const change = (patch: Partial<LabRow>) => {
                setDraft({ labs: draft.labs.map((item, at) => (at === index ? { ...item, ...patch } : item)) });
                Object.keys(patch).forEach((key) => touch(`${path}.${key}`));
              };
              return (
                <div class="row-group" key={index} role="group" aria-label={`検査 ${index + 1}`}>
                  <div class="grid">
                    <Field label="JLAC10コード" hint="17桁" error={message(`${path}.code`)}>
                      {({ id, describedBy, invalid }) => <input id={id} name={`lab-${index}-code`} value={row.code} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ code: event.currentTarget.value })} />}
                    </Field>
                    <Field label="項目名" error={message(`${path}.name`)}>
                      {({ id, describedBy, invalid }) => <input id={id} name={`lab-${index}-name`} value={row.name} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ name: event.currentTarget.value })} />}
                    </Field>
                    <Field label="結果（数値）" error={message(`${path}.value`)}>
                      {({ id, describedBy, invalid }) => <input id={id} name={`lab-${index}-value`} inputMode="decimal" value={row.value} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ value: event.currentTarget.value })} />}
                    </Field>
                    <Field label="単位" error={message(`${path}.unit`)}>
                      {({ id, describedBy, invalid }) => <input id={id} name={`lab-${index}-unit`} value={row.unit} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ unit: event.currentTarget.value })} />}
                    </Field>
                    <Field label="基準下限" error={message(`${path}.referenceLow`)}>
                      {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" value={row.referenceLow} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ referenceLow: event.currentTarget.value })} />}
                    </Field>
                    <Field label="基準上限" error={message(`${path}.referenceHigh`)}>
                      {({ id, describedBy, invalid }) => <input id={id} inputMode="decimal" value={row.referenceHigh} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ referenceHigh: event.currentTarget.value })} />}
                    </Field>
                    <Field label="採取日" error={message(`${path}.specimenDate`)}>
                      {({ id, describedBy, invalid }) => <input id={id} type="date" value={row.specimenDate} aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => change({ specimenDate: event.currentTarget.value })} />}
                    </Field>
                  </div>
                  <button type="button" class="link" onClick={() => setDraft({ labs: draft.labs.filter((_, at) => at !== index) })}>
                    検査 {index + 1} を削除
                  </button>
                </div>
              );
            })}
            <button type="button" onClick={() => setDraft({ labs: [...draft.labs, { ...EMPTY_LAB }] })}>検査結果を追加</button>
          </fieldset>
        )}

        <fieldset class="block">
          <legend>写真・PDF</legend>
          {draft.attachments.length > 0 && (
            <ul class="attachments">
              {draft.attachments.map((attachment) => (
                <li key={attachment.id}>
                  {attachment.name}
                  <button type="button" class="link" onClick={() => setDraft({ attachments: draft.attachments.filter((item) => item.id !== attachment.id) })}>
                    外す
                  </button>
                </li>
              ))}
            </ul>
          )}
          <UploadProgress uploading={uploading} />
          <label class="button file-button">
            写真を撮る・ファイルを選ぶ
            <input class="visually-hidden" type="file" accept={ACCEPTED_FILES} multiple onChange={(event) => attach(event.currentTarget.files)} />
          </label>
          {message("attachmentIds") && <p class="field-error">{message("attachmentIds")}</p>}
        </fieldset>

        {props.correcting && (
          <Field label="訂正の理由" required error={message("reason")} hint="訂正前の内容は記録に残り、チームの全員が見られます。">
            {({ id, describedBy, invalid }) => (
              <input id={id} name="reason" value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid}
                onInput={(event) => { setDraft({ reason: event.currentTarget.value }); touch("reason"); }} />
            )}
          </Field>
        )}
        <div class="form-actions">
          <button class="primary" type="submit" disabled={sending || Boolean(uploading)}>
            {sending ? "送信中…" : props.correcting ? "訂正を送信" : "投稿する"}
          </button>
          <button type="button" onClick={() => { dropDraft(draftName); navigate(`/patients/${props.patientId}`); }}>
            書きかけを破棄
          </button>
        </div>
      </form>
    </Screen>
  );
}
