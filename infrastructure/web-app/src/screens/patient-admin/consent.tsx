// What registering a patient and renewing a consent share (§14-1): who consented (the patient, or family with name,
// relation and reason), the date, and the signed consent form photographed with the phone's camera or chosen as a
// file, uploaded to the presigned address as soon as it is chosen, with its progress shown.

import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { PatientRequestConsentRequest } from "@igetanet/api";
import { idempotencyKey, patients, problemOf, type ApiProblem } from "../../api";
import { Field, fieldMessage } from "../../ui/kit";
import { UploadRefused, uploadFile, UploadProgress } from "../../ui/upload";

const TOKYO_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" });

/** Today's date in Japan as YYYY-MM-DD (the value of a date input). */
export function todayInJapan(): string {
  return TOKYO_DATE.format(new Date());
}

export const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * The message for a choice the API refused: its own words name the codes it takes (male, female…), which mean
 * nothing to the person choosing, so the choice is asked for in plain words instead.
 */
export function choiceMessage(problem: ApiProblem | null, field: string, message: string): string | undefined {
  return fieldMessage(problem, field) ? message : undefined;
}

/**
 * The problem without the messages of the fields just changed, so that a corrected field no longer shows the
 * refusal of what it held before; null once no message is left of a refusal that named fields.
 */
export function withoutFields(problem: ApiProblem | null, fields: string[]): ApiProblem | null {
  if (!problem || problem.errors.length === 0 || fields.length === 0) {
    return problem;
  }
  const errors = problem.errors.filter((error) => !fields.some((field) => error.field === field || error.field.startsWith(`${field}.`)));
  return errors.length === 0 ? null : { ...problem, errors };
}

/** The fields a change of the consent's draft corrects, under the API's names. */
export function consentFieldsOf(patch: Partial<ConsentDraft>, prefix: string): string[] {
  const names: Record<keyof ConsentDraft, string[]> = {
    givenBy: ["givenBy", "family"],
    familyName: ["family.name"],
    relation: ["family.relation"],
    reason: ["family.reason"],
    consentedOn: ["consentedOn"],
  };
  return (Object.keys(patch) as (keyof ConsentDraft)[]).flatMap((key) => names[key].map((name) => prefix + name));
}

/** The API's message about the consent form (it speaks of formId and POST /consent-forms), in the user's words. */
export function formMessage(problem: ApiProblem | null, field: string, uploaded: boolean): string | undefined {
  if (!fieldMessage(problem, field)) {
    return undefined;
  }
  return uploaded
    ? "この同意書は使えません（送信から1日を過ぎた、など）。もう一度撮影するか、ファイルを選び直してください。"
    : "署名した同意書を撮影するか、ファイルを選んでください。";
}

/** The consent as it is typed. */
export interface ConsentDraft {
  givenBy: string;
  familyName: string;
  relation: string;
  reason: string;
  consentedOn: string;
}

export function emptyConsent(): ConsentDraft {
  return { givenBy: "patient", familyName: "", relation: "", reason: "", consentedOn: todayInJapan() };
}

/** The consent as the API takes it; family details only when the family consented. */
export function consentBody(draft: ConsentDraft, formId: string | undefined): PatientRequestConsentRequest {
  return {
    givenBy: optional(draft.givenBy),
    family: draft.givenBy === "family"
      ? { name: optional(draft.familyName), relation: optional(draft.relation), reason: optional(draft.reason) }
      : undefined,
    consentedOn: optional(draft.consentedOn),
    formId,
  };
}

/** A choice of one among a few, as radio buttons in a fieldset whose legend names it. */
export function RadioGroup(props: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}) {
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset class={`choices${props.error ? " has-error" : ""}`}>
      <legend>
        {props.legend}
        {props.required && <span class="required">必須</span>}
      </legend>
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
      <div class="choice-row">
        {props.options.map((option) => (
          <label class="choice" key={option.value}>
            <input type="radio" name={props.name} value={option.value} checked={props.value === option.value}
              aria-describedby={describedBy} aria-invalid={Boolean(props.error)}
              onChange={() => props.onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {props.error && <p class="field-error" id={errorId}>{props.error}</p>}
    </fieldset>
  );
}

const REASONS = [
  { value: "unable", label: "本人の同意が困難" },
  { value: "minor", label: "本人が未成年" },
];

/** Who consented and when; `prefix` is where the API names these fields (consent. in a registration). */
export function ConsentFields(props: { draft: ConsentDraft; change: (patch: Partial<ConsentDraft>) => void; problem: ApiProblem | null; prefix: string; idPrefix: string }) {
  const { draft, change, problem, prefix } = props;
  return (
    <>
      <RadioGroup legend="同意した人" name={`${props.idPrefix}-given-by`} required value={draft.givenBy}
        options={[{ value: "patient", label: "療養者本人" }, { value: "family", label: "家族" }]}
        hint="本人が同意できないとき（未成年、または同意が困難なとき）は家族の同意を得ます（利用規約第14条）。"
        error={choiceMessage(problem, `${prefix}givenBy`, "同意した人を選んでください。")} onChange={(value) => change({ givenBy: value })} />
      {draft.givenBy === "family" && (
        <div class="family">
          <Field label="家族の氏名" required error={fieldMessage(problem, `${prefix}family.name`) ?? fieldMessage(problem, `${prefix}family`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} name="family-name" autoComplete="off" value={draft.familyName} aria-describedby={describedBy} aria-invalid={invalid}
                onInput={(event) => change({ familyName: event.currentTarget.value })} />
            )}
          </Field>
          <Field label="続柄" required hint="例：長女、長男、妻" error={fieldMessage(problem, `${prefix}family.relation`)}>
            {({ id, describedBy, invalid }) => (
              <input id={id} name="family-relation" autoComplete="off" value={draft.relation} aria-describedby={describedBy} aria-invalid={invalid}
                onInput={(event) => change({ relation: event.currentTarget.value })} />
            )}
          </Field>
          <RadioGroup legend="家族が同意した理由" name={`${props.idPrefix}-reason`} required value={draft.reason} options={REASONS}
            error={choiceMessage(problem, `${prefix}family.reason`, "家族が同意した理由を選んでください。")} onChange={(value) => change({ reason: value })} />
        </div>
      )}
      <Field label="同意日" required hint="同意書に署名した日（1年以内）" error={fieldMessage(problem, `${prefix}consentedOn`)}>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="consented-on" type="date" max={todayInJapan()} value={draft.consentedOn} aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => change({ consentedOn: event.currentTarget.value })} />
        )}
      </Field>
    </>
  );
}

/** The file's kind as the API takes it; some phones leave the type of a HEIC photo empty. */
function contentTypeOf(file: File): string {
  if (file.type) {
    return file.type === "image/jpg" ? "image/jpeg" : file.type;
  }
  const extension = file.name.toLowerCase().split(".").pop();
  return ({ pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", heic: "image/heic", heif: "image/heic" } as Record<string, string>)[extension ?? ""]
    ?? "application/octet-stream";
}



/** An uploaded consent form: the id the registration or renewal sends, and the file's name to show. */
export interface UploadedForm {
  formId: string;
  fileName: string;
}

/**
 * The signed consent form: the phone's camera opens on it (capture), a PDF can be chosen on a PC. The file is
 * uploaded as soon as it is chosen; `error` is the API's message about the form when the registration was refused.
 */
export function ConsentFormPicker(props: {
  patientId?: string;
  uploaded: UploadedForm | null;
  onUploaded: (form: UploadedForm | null) => void;
  onBusy: (busy: boolean) => void;
  error?: string;
  idPrefix: string;
}) {
  const [uploading, setUploading] = useState<{ name: string; share: number } | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  useEffect(() => props.onBusy(Boolean(uploading)), [uploading]);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) {
      return;
    }
    setProblem(null);
    setUploading({ name: file.name, share: 0 });
    try {
      const target = await patients.startConsentForm({
        idempotencyKey: idempotencyKey(),
        consentFormUploadRequest: { contentType: contentTypeOf(file), bytes: file.size, patientId: props.patientId },
      });
      await uploadFile(target.uploadUrl, target.method, target.uploadHeaders, file, (share) => setUploading({ name: file.name, share }));
      props.onUploaded({ formId: target.formId, fileName: file.name });
    } catch (error) {
      if (error instanceof UploadRefused) {
        setProblem({ status: error.status, code: "UPLOAD_FAILED", title: "同意書を送れませんでした",
          detail: "通信の状態を確かめて、もう一度撮影するかファイルを選んでください。", errors: [] });
      } else {
        setProblem(await problemOf(error));
      }
    } finally {
      setUploading(null);
      // the same file can be chosen again after a failure
      input.value = "";
    }
  }

  const message = problem
    ? fieldMessage(problem, "contentType", "bytes") ?? `${problem.title}。${problem.detail}`
    : props.error;
  const hintId = `${props.idPrefix}-form-hint`;
  const errorId = `${props.idPrefix}-form-error`;
  return (
    <div class={`field consent-form${message ? " has-error" : ""}`} role="group" aria-labelledby={`${props.idPrefix}-form-label`}>
      <p class="picker-label" id={`${props.idPrefix}-form-label`}>
        署名した同意書<span class="required">必須</span>
      </p>
      <p class="hint" id={hintId}>
        同意書の全体が写るように撮影してください。PDF・JPEG・PNG・HEIC、10MBまで。撮影した写真はいげたネットにだけ送られ、この画面が端末に保存することはありません。
      </p>
      {props.uploaded && !uploading && (
        <p class="uploaded" role="status">
          <span aria-hidden="true">✓ </span>送信済み：{props.uploaded.fileName}
        </p>
      )}
      <UploadProgress uploading={uploading} class="uploading" />
      <label class="button file-button">
        {props.uploaded ? "同意書を撮り直す・選び直す" : "同意書を撮影・ファイルを選ぶ"}
        <input class="visually-hidden" type="file" name="consent-form" accept="image/*,application/pdf" capture="environment"
          disabled={Boolean(uploading)} aria-describedby={[hintId, message ? errorId : null].filter(Boolean).join(" ")}
          aria-invalid={Boolean(message)} onChange={(event) => choose(event.currentTarget)} />
      </label>
      {message && <p class="field-error" id={errorId}>{message}</p>}
    </div>
  );
}

/**
 * After a refusal, the first field the API named gets the focus, so that keyboard and screen reader users land there.
 * `refusals` counts the refused attempts: correcting a field (which drops its message) does not move the focus.
 */
export function useFocusOnRefusal(refusals: number, form: { current: HTMLElement | null }) {
  useEffect(() => {
    if (refusals === 0 || !form.current) {
      return;
    }
    form.current.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals]);
}

/** A section of a screen with its own heading. */
export function Part(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
