// Registering a patient with the consent in the same request (§14-1): demographics, who consented and when, and the
// signed consent form photographed with the phone's camera. What is typed is kept in this tab's session while it is
// typed (a phone may reload the page after the camera); the registration is sent once with an Idempotency-Key, and
// the new patient's record opens.

import { useRef, useState } from "preact/hooks";
import type { PatientRegistration } from "@igetanet/api";
import { idempotencyKey, patients, problemOf, type ApiProblem } from "../api";
import { dropDraft, readDraft, writeDraft } from "../outbox";
import { navigate } from "../router";
import { Field, fieldMessage, ProblemBox, Screen } from "../ui/kit";
import {
  choiceMessage, consentFieldsOf, ConsentFields, ConsentFormPicker, formMessage, consentBody, type ConsentDraft, emptyConsent, optional, RadioGroup, todayInJapan,
  type UploadedForm, useFocusOnRefusal, withoutFields,
} from "./patient-admin/consent";

interface Draft {
  name: string;
  kana: string;
  birthDate: string;
  sex: string;
  address: string;
  medicalInsurerNumber: string;
  careInsurerNumber: string;
  consent: ConsentDraft;
  form: UploadedForm | null;
  /** Kept for every attempt of the same content: the API answers a repeated key once. */
  key?: string;
}

const DRAFT = "patient-registration";
const SEXES = [
  { value: "female", label: "女性" },
  { value: "male", label: "男性" },
  { value: "unknown", label: "不明" },
  { value: "not_applicable", label: "適用不能" },
];

function emptyDraft(): Draft {
  return { name: "", kana: "", birthDate: "", sex: "", address: "", medicalInsurerNumber: "", careInsurerNumber: "", consent: emptyConsent(), form: null };
}

function body(draft: Draft): PatientRegistration {
  return {
    name: optional(draft.name),
    kana: optional(draft.kana),
    birthDate: optional(draft.birthDate),
    sex: optional(draft.sex),
    address: optional(draft.address),
    medicalInsurerNumber: optional(draft.medicalInsurerNumber),
    careInsurerNumber: optional(draft.careInsurerNumber),
    consent: consentBody(draft.consent, draft.form?.formId),
  };
}

export function RegisterPatient() {
  const [draft, setDraftState] = useState<Draft>(() => readDraft<Draft>(DRAFT) ?? emptyDraft());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useFocusOnRefusal(refusals, form);

  function setDraft(change: Partial<Draft>) {
    const corrected = Object.keys(change).flatMap((key) =>
      key === "consent" || key === "key" ? [] : key === "form" ? ["consent.formId"] : [key]);
    setProblem((previous) => withoutFields(previous, corrected));
    setDraftState((previous) => {
      // a changed content is a new request: a new key when it is sent
      const next = { ...previous, ...change, key: "key" in change ? change.key : undefined };
      writeDraft(DRAFT, next);
      return next;
    });
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (sending || uploading) {
      return;
    }
    const key = draft.key ?? idempotencyKey();
    setDraft({ key });
    setSending(true);
    setProblem(null);
    try {
      const patient = await patients.registerPatient({ idempotencyKey: key, patientRegistration: body(draft) });
      dropDraft(DRAFT);
      navigate(`/patients/${patient.id}`);
    } catch (error) {
      const refused = await problemOf(error);
      if (refused.status !== 0 && refused.status !== 409 && refused.status < 500) {
        // the API refused this content: a new key for the corrected content
        setDraft({ key: undefined });
      }
      setProblem(refused.status === 400 && refused.errors.length > 0
        ? { ...refused, detail: "赤字の項目を直して、もう一度登録してください。" }
        : refused);
      setRefusals((count) => count + 1);
    } finally {
      setSending(false);
    }
  }

  function discard() {
    dropDraft(DRAFT);
    navigate("/");
  }

  const text = (field: "name" | "kana" | "address" | "medicalInsurerNumber" | "careInsurerNumber", label: string, options: { hint?: string; required?: boolean; inputMode?: "numeric"; autoComplete?: string } = {}) => (
    <Field label={label} required={options.required} hint={options.hint} error={fieldMessage(problem, field)}>
      {({ id, describedBy, invalid }) => (
        <input id={id} name={field} value={draft[field]} inputMode={options.inputMode} autoComplete="off"
          aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => setDraft({ [field]: event.currentTarget.value })} />
      )}
    </Field>
  );

  return (
    <Screen title="療養者の登録" back={{ href: "#/", label: "担当の療養者" }}>
      <p class="lead">
        療養者本人（未成年または同意が困難なときは家族）から同意書で同意を得てから登録します（利用規約第14条）。
        登録したあなたが、ケアチームの最初のメンバーになります。
      </p>
      <form class="patient-admin-form" ref={form} onSubmit={submit} noValidate>
        <ProblemBox problem={problem} />
        <fieldset class="block">
          <legend>療養者</legend>
          {text("name", "氏名", { required: true, hint: "例：西尾 太郎" })}
          {text("kana", "よみがな", { required: true, hint: "ひらがなまたはカタカナ。例：ニシオ タロウ" })}
          <Field label="生年月日" required error={fieldMessage(problem, "birthDate")}>
            {({ id, describedBy, invalid }) => (
              <input id={id} name="birthDate" type="date" min="1900-01-01" max={todayInJapan()} value={draft.birthDate}
                aria-describedby={describedBy} aria-invalid={invalid} onInput={(event) => setDraft({ birthDate: event.currentTarget.value })} />
            )}
          </Field>
          <RadioGroup legend="性別" name="register-sex" required options={SEXES} value={draft.sex}
            error={choiceMessage(problem, "sex", "性別を選んでください。")} onChange={(sex) => setDraft({ sex })} />
          {text("address", "住所", { required: true })}
          {text("medicalInsurerNumber", "医療保険の保険者番号", { hint: "任意。6桁または8桁の数字", inputMode: "numeric" })}
          {text("careInsurerNumber", "介護保険の保険者番号", { hint: "任意。6桁の数字", inputMode: "numeric" })}
        </fieldset>

        <fieldset class="block">
          <legend>情報共有への同意</legend>
          {fieldMessage(problem, "consent") && !problem?.errors.some((error) => error.field.startsWith("consent.")) && (
            <p class="field-error">{fieldMessage(problem, "consent")}</p>
          )}
          <ConsentFields draft={draft.consent} problem={problem} prefix="consent." idPrefix="register"
            change={(patch) => {
              setDraft({ consent: { ...draft.consent, ...patch } });
              setProblem((previous) => withoutFields(previous, consentFieldsOf(patch, "consent.")));
            }} />
          <ConsentFormPicker uploaded={draft.form} idPrefix="register" error={formMessage(problem, "consent.formId", Boolean(draft.form))}
            onBusy={setUploading} onUploaded={(uploaded) => setDraft({ form: uploaded })} />
        </fieldset>

        <div class="form-actions">
          <button class="primary" type="submit" disabled={sending || uploading}>
            {sending ? "登録中…" : uploading ? "同意書を送信中…" : "同意を確認して登録する"}
          </button>
          <button type="button" onClick={discard}>入力を破棄</button>
        </div>
      </form>
    </Screen>
  );
}
