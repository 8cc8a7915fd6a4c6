// A patient's consents (§14): the history, newest first (the first is in force); a renewed consent with its signed
// form; and the withdrawal of consent (§14-2), which hides the patient from everyone at once and purges the whole
// record. The withdrawal asks the patient's name typed out, and afterwards its receipt shows the purge's progress at
// #/patients/<id>/consents?withdrawal=<id> (the API keeps no list of withdrawals by patient, so this address and the
// receipts filed in this tab are how it is reached again).

import { useEffect, useRef, useState } from "preact/hooks";
import type { Consent, ConsentWithdrawal, Patient } from "@igetanet/api";
import { idempotencyKey, type ApiProblem } from "../api";
import { consents, withdrawals } from "../clients/consents";
import { navigate, useRoute } from "../router";
import { Field, fieldMessage, formatDate, formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";
import { PatientScreen } from "../ui/patient";
import {
  choiceMessage, ConsentFields, ConsentFormPicker, formMessage, consentBody, type ConsentDraft, emptyConsent, optional, Part, RadioGroup, todayInJapan,
  type UploadedForm, consentFieldsOf, useFocusOnRefusal, withoutFields,
} from "./patient-admin/consent";
import { refusalOf } from "./patient-admin/refusal";

/**
 * The withdrawals filed in this tab, by patient: once withdrawn, the patient's consents screen shows the receipt.
 * Kept in memory only (a withdrawal id names no patient, but nothing of a patient is written on the device).
 */
const filed = new Map<string, string>();

export function Consents(props: { patientId: string }) {
  const route = useRoute();
  const withdrawalId = route.query.get("withdrawal") ?? filed.get(props.patientId);
  if (withdrawalId) {
    return <WithdrawalReceipt withdrawalId={withdrawalId} />;
  }
  return (
    <PatientScreen patientId={props.patientId} section="/consents" title="同意">
      {(patient) => <ConsentsOf patient={patient} />}
    </PatientScreen>
  );
}

type Open = "none" | "renewal" | "withdrawal";

function ConsentsOf(props: { patient: Patient }) {
  const patient = props.patient;
  const history = useLoad(() => consents.consents({ patientId: patient.id }), [patient.id]);
  const [open, setOpen] = useState<Open>("none");
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) {
      noticeRef.current?.focus();
    }
  }, [notice]);

  const items = history.data?.items ?? [];
  return (
    <>
      {notice && <p class="success" role="status" tabIndex={-1} ref={noticeRef}>{notice}</p>}
      <Part id="consent-history" title="同意の履歴">
        {history.loading && !history.data && <Loading />}
        <ProblemBox problem={history.problem} />
        {history.data && items.length === 0 && <p class="empty">同意の記録がありません。</p>}
        {items.length > 0 && (
          <ol class="consents" aria-busy={history.loading}>
            {items.map((consent, index) => <ConsentItem key={consent.id} consent={consent} current={index === 0} />)}
          </ol>
        )}
      </Part>

      <Part id="consent-renewal" title="同意の取り直し">
        <p>本人が同意できなくなり家族が同意したときなど、同意を取り直したときに、署名された同意書とともに記録します。</p>
        {open === "renewal" ? (
          <Renewal patient={patient} onCancel={() => setOpen("none")}
            onRecorded={() => { setOpen("none"); setNotice("同意を記録しました。履歴の先頭が現在の同意です。"); history.reload(); }} />
        ) : (
          <button type="button" onClick={() => { setNotice(null); setOpen("renewal"); }}>同意の取り直しを記録する</button>
        )}
      </Part>

      <Part id="consent-withdrawal" title="同意の撤回（利用の中止）">
        <p>
          療養者本人（未成年または同意が困難なときは家族）から、いげたネットの利用の中止の申し出を受けたときに登録します。
          登録すると療養者の登録データはすべて削除されます（利用規約第14条第2項）。
        </p>
        {open === "withdrawal" ? (
          <Withdrawal patient={patient} onCancel={() => setOpen("none")} />
        ) : (
          <button type="button" class="danger" onClick={() => { setNotice(null); setOpen("withdrawal"); }}>
            同意の撤回を受け付ける
          </button>
        )}
      </Part>
    </>
  );
}

function ConsentItem(props: { consent: Consent; current: boolean }) {
  const consent = props.consent;
  return (
    <li class={`consent${props.current ? " consent-current" : ""}`}>
      <p class="consent-head">
        {props.current ? <span class="badge badge-current">現在の同意</span> : <span class="badge badge-quiet">以前の同意</span>}
        <span>{formatDate(consent.consentedOn)}</span>
      </p>
      <dl class="facts">
        <div>
          <dt>同意した人</dt>
          <dd>
            {consent.givenByLabel}
            {consent.familyName && `：${consent.familyName}`}
            {consent.relation && `（${consent.relation}）`}
          </dd>
        </div>
        {consent.reasonLabel && <div><dt>家族が同意した理由</dt><dd>{consent.reasonLabel}</dd></div>}
        <div><dt>同意を得た利用者</dt><dd>{consent.obtainedBy}</dd></div>
        <div><dt>同意書</dt><dd>保管済み<span class="meta">{consent.formId}</span></dd></div>
        <div><dt>記録日時</dt><dd>{formatDateTime(consent.recordedAt, true)}</dd></div>
      </dl>
    </li>
  );
}

function Renewal(props: { patient: Patient; onCancel: () => void; onRecorded: () => void }) {
  const [draft, setDraft] = useState<ConsentDraft>(() => ({ ...emptyConsent(), givenBy: "" }));
  const [uploaded, setUploaded] = useState<UploadedForm | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useFocusOnRefusal(refusals, form);
  useEffect(() => form.current?.querySelector<HTMLElement>("input")?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending || uploading) {
      return;
    }
    const attempt = key ?? idempotencyKey();
    setKey(attempt);
    setSending(true);
    setProblem(null);
    try {
      await consents.recordConsent({ patientId: props.patient.id, idempotencyKey: attempt, consentRenewal: consentBody(draft, uploaded?.formId) });
      props.onRecorded();
    } catch (error) {
      const refused = await refusalOf(error, "赤字の項目を直して、もう一度記録してください。");
      if (!refused.keepKey) {
        setKey(null);
      }
      setProblem(refused.problem);
      setRefusals((count) => count + 1);
      setSending(false);
    }
  }

  return (
    <form class="patient-admin-form" ref={form} onSubmit={submit} noValidate aria-label="同意の取り直し">
      <ProblemBox problem={problem} />
      <ConsentFields draft={draft} problem={problem} prefix="" idPrefix="renewal"
        change={(patch) => { setDraft({ ...draft, ...patch }); setKey(null); setProblem((previous) => withoutFields(previous, consentFieldsOf(patch, ""))); }} />
      <ConsentFormPicker patientId={props.patient.id} uploaded={uploaded} idPrefix="renewal" error={formMessage(problem, "formId", Boolean(uploaded))}
        onBusy={setUploading} onUploaded={(form) => { setUploaded(form); setKey(null); setProblem((previous) => withoutFields(previous, ["formId"])); }} />
      <div class="form-actions">
        <button class="primary" type="submit" disabled={sending || uploading}>{sending ? "記録しています…" : "同意を記録する"}</button>
        <button type="button" onClick={props.onCancel}>やめる</button>
      </div>
    </form>
  );
}

/** Names compared as people type them: spaces (half- or full-width) do not matter. */
function sameName(typed: string, name: string): boolean {
  const plain = (value: string) => value.normalize("NFKC").replace(/\s+/g, "");
  return plain(typed) !== "" && plain(typed) === plain(name);
}

function Withdrawal(props: { patient: Patient; onCancel: () => void }) {
  const patient = props.patient;
  const [requestedBy, setRequestedBy] = useState("");
  const [relation, setRelation] = useState("");
  const [receivedOn, setReceivedOn] = useState(todayInJapan());
  const [note, setNote] = useState("");
  const [typedName, setTypedName] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useFocusOnRefusal(refusals, form);
  useEffect(() => form.current?.querySelector<HTMLElement>(".danger-zone")?.focus(), []);

  function edited(field: string) {
    setKey(null);
    setProblem((previous) => withoutFields(previous, [field]));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) {
      return;
    }
    if (!sameName(typedName, patient.name)) {
      setProblem({
        status: 400, code: "CONFIRMATION", title: "確認の氏名が一致しません", detail: "撤回は取り消せません。療養者の氏名を正確に入力してください。",
        errors: [{ field: "confirmName", message: `「${patient.name}」と入力してください。` }],
      });
      setRefusals((count) => count + 1);
      return;
    }
    const attempt = key ?? idempotencyKey();
    setKey(attempt);
    setSending(true);
    setProblem(null);
    try {
      const accepted = await withdrawals.withdraw({
        patientId: patient.id,
        idempotencyKey: attempt,
        consentWithdrawalRequest: {
          requestedBy: optional(requestedBy),
          relation: requestedBy === "family" ? optional(relation) : undefined,
          receivedOn: optional(receivedOn),
          note: optional(note),
        },
      });
      filed.set(patient.id, accepted.id);
      navigate(`/patients/${patient.id}/consents?withdrawal=${encodeURIComponent(accepted.id)}`);
    } catch (error) {
      const refused = await refusalOf(error, "赤字の項目を直してください。撤回はまだ登録されていません。");
      if (!refused.keepKey) {
        setKey(null);
      }
      setProblem(refused.problem);
      setRefusals((count) => count + 1);
      setSending(false);
    }
  }

  return (
    <form class="patient-admin-form" ref={form} onSubmit={submit} noValidate aria-label="同意の撤回">
      <div class="danger-zone" tabIndex={-1} role="note" aria-labelledby="withdrawal-warning-title">
        <p class="danger-title" id="withdrawal-warning-title">この操作は元に戻せません</p>
        <ul>
          <li>登録した時点で、{patient.name}さんはケアチームの全員（あなたを含む）から見えなくなります。</li>
          <li>連絡帳の投稿とその訂正履歴、既読、ケアチーム、同意の記録、写真・添付ファイル、同意書が、すべての利用者の分まとめて削除されます。</li>
          <li>削除したデータは復元できません。同じ療養者の情報を再び共有するには、新たな同意を得て登録し直す必要があります。</li>
          <li>残るのは、療養者を特定できない受付記録と監査ログだけです。</li>
        </ul>
      </div>
      <ProblemBox problem={problem} />
      <RadioGroup legend="撤回を申し出た人" name="withdrawal-requested-by" required value={requestedBy}
        options={[{ value: "patient", label: "療養者本人" }, { value: "family", label: "家族" }]}
        error={choiceMessage(problem, "requestedBy", "撤回を申し出た人を選んでください。")} onChange={(value) => { setRequestedBy(value); edited("requestedBy"); }} />
      {requestedBy === "family" && (
        <Field label="申し出た家族の続柄" required hint="例：長男" error={fieldMessage(problem, "relation")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} name="relation" value={relation} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid}
              onInput={(event) => { setRelation(event.currentTarget.value); edited("relation"); }} />
          )}
        </Field>
      )}
      <Field label="申し出を受けた日" required error={fieldMessage(problem, "receivedOn")}>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="receivedOn" type="date" max={todayInJapan()} value={receivedOn} aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => { setReceivedOn(event.currentTarget.value); edited("receivedOn"); }} />
        )}
      </Field>
      <Field label="受付のメモ" hint="任意、500文字以内。例：訪問時に口頭で申し出あり。削除が終わるとメモも消えます。" error={fieldMessage(problem, "note")}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} name="note" rows={3} value={note} aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => { setNote(event.currentTarget.value); edited("note"); }} />
        )}
      </Field>
      <Field label={`確認のため、療養者の氏名「${patient.name}」を入力してください`} required error={fieldMessage(problem, "confirmName")}>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="confirmName" value={typedName} autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid}
            onInput={(event) => { setTypedName(event.currentTarget.value); setProblem((previous) => withoutFields(previous, ["confirmName"])); }} />
        )}
      </Field>
      <div class="form-actions">
        <button class="danger-solid" type="submit" disabled={sending}>
          {sending ? "受け付けています…" : "撤回を登録し、すべてのデータを削除する"}
        </button>
        <button type="button" onClick={props.onCancel}>やめる</button>
      </div>
    </form>
  );
}

const POLL_MS = 1500;
const FINISHED = ["completed", "failed"];

/** The receipt of a withdrawal and its purge's progress, read again until the purge has finished. */
function WithdrawalReceipt(props: { withdrawalId: string }) {
  const receipt = useLoad(() => withdrawals.withdrawal({ withdrawalId: props.withdrawalId }), [props.withdrawalId]);
  const data = receipt.data;
  const { reload } = receipt;
  useEffect(() => {
    if (!data || FINISHED.includes(data.status)) {
      return;
    }
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [data, reload]);

  return (
    <Screen title="同意撤回の受付" back={{ href: "#/", label: "担当の療養者" }}>
      {receipt.loading && !data && <Loading />}
      <ProblemBox problem={data ? null : receipt.problem} />
      {data && <ReceiptOf withdrawal={data} />}
    </Screen>
  );
}

function ReceiptOf(props: { withdrawal: ConsentWithdrawal }) {
  const withdrawal = props.withdrawal;
  const state = withdrawal.status === "completed" ? "success" : withdrawal.status === "failed" ? "problem" : "notice";
  return (
    <>
      <div class={`${state} receipt-status`} role="status" aria-live="polite">
        <p class="problem-title">状態：<span class="receipt-state">{withdrawal.statusLabel}</span></p>
        <p>
          {withdrawal.status === "completed"
            ? "療養者のデータの削除が完了しました。療養者はどの利用者からも見えません。"
            : withdrawal.status === "failed"
              ? "削除を完了できませんでした。削除は自動でやり直されます。この状態が続くときは事務局へ連絡してください。"
              : "撤回を受け付けました。療養者はすでにどの利用者からも見えません。データを削除しています（この画面は自動で更新されます）。"}
        </p>
      </div>
      <section class="card" aria-labelledby="receipt-title">
        <h2 id="receipt-title">受付記録</h2>
        <dl class="facts">
          <div><dt>受付番号</dt><dd>{withdrawal.id}</dd></div>
          <div>
            <dt>申し出た人</dt>
            <dd>{withdrawal.requestedByLabel}{withdrawal.relation && `（${withdrawal.relation}）`}</dd>
          </div>
          <div><dt>申し出を受けた日</dt><dd>{formatDate(withdrawal.receivedOn)}</dd></div>
          <div><dt>受け付けた利用者</dt><dd>{withdrawal.filedBy}</dd></div>
          <div><dt>受付日時</dt><dd>{formatDateTime(withdrawal.acceptedAt, true)}</dd></div>
          {withdrawal.startedAt && <div><dt>削除の開始</dt><dd>{formatDateTime(withdrawal.startedAt, true)}</dd></div>}
          {withdrawal.finishedAt && <div><dt>削除の終了</dt><dd>{formatDateTime(withdrawal.finishedAt, true)}</dd></div>}
          {withdrawal.itemsDeleted !== undefined && <div><dt>削除したデータ</dt><dd>{withdrawal.itemsDeleted}件</dd></div>}
          {withdrawal.objectsDeleted !== undefined && <div><dt>削除したファイル</dt><dd>{withdrawal.objectsDeleted}件</dd></div>}
          {withdrawal.note && <div><dt>受付のメモ</dt><dd>{withdrawal.note}</dd></div>}
        </dl>
        <p class="hint">
          この受付記録は、撤回を受け付けたあなたと事務局（運用者）だけが見られます。この画面のアドレスで、あとから状態を確かめられます。
        </p>
      </section>
      <a class="button" href="#/">担当の療養者に戻る</a>
    </>
  );
}
