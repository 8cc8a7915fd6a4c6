// Reporting an incident or a defect to the operator (§21): what kind, when it happened or was found, what happened.
// The API's messages show beside their fields; one Idempotency-Key is kept for the same content, so a retry after a
// lost answer files one report. The receipt shows the report's ID and status; the user's earlier reports follow.

import { useEffect, useRef, useState } from "preact/hooks";
import type { IncidentReport } from "@igetanet/api";
import { type ApiProblem, idempotencyKey, problemOf } from "../api";
import { incidents } from "../clients/incidents";
import { Field, fieldMessage, formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";

const KINDS = [
  { value: "lost_device", label: "端末の紛失・盗難", hint: "いげたネットを使うスマートフォン・タブレット・パソコンをなくした、盗まれた" },
  { value: "security_incident", label: "情報セキュリティ事故", hint: "療養者の情報が漏れた・漏れたおそれがある（誤送信、のぞき見、印刷物の紛失など）" },
  { value: "unauthorised_access", label: "不正アクセスの疑い", hint: "身に覚えのないサインイン、パスワードを他人に知られたおそれ" },
  { value: "system_defect", label: "システムの不具合", hint: "表示や保存がおかしい、機能が使えないなど" },
  { value: "other", label: "その他", hint: "上のどれにも当てはまらないこと" },
];
const MAX_DESCRIPTION = 2000;

/** Now in Japan as a datetime-local value, 2026-11-25T09:30 (the API reads it as Japan's time). */
function nowInJapan(): string {
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date());
  return parts.replace(" ", "T");
}

interface Form {
  kind: string;
  occurredAt: string;
  description: string;
}

export function Incident() {
  const [form, setForm] = useState<Form>(() => ({ kind: "", occurredAt: nowInJapan(), description: "" }));
  const [key, setKey] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<IncidentReport | null>(null);
  const mine = useLoad(() => incidents.listIncidentReports({ limit: 20 }), [receipt?.id]);
  const formRef = useRef<HTMLFormElement>(null);
  const receiptHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (receipt) receiptHeading.current?.focus();
  }, [receipt]);

  function change(patch: Partial<Form>) {
    setForm({ ...form, ...patch });
    // other content needs another key: the API refuses a key used for different content
    setKey(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    const attempt = key ?? idempotencyKey();
    setKey(attempt);
    setSending(true);
    setProblem(null);
    try {
      const report = await incidents.fileIncidentReport({
        idempotencyKey: attempt,
        incidentReportFiling: { kind: form.kind || null, occurredAt: form.occurredAt || null, description: form.description.trim() || null },
      });
      setReceipt(report);
      setForm({ kind: "", occurredAt: nowInJapan(), description: "" });
      setKey(null);
    } catch (error) {
      const refused = await problemOf(error);
      setProblem(refused);
      requestAnimationFrame(() => {
        const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
        (invalid ?? formRef.current?.querySelector<HTMLElement>(".problem"))?.focus();
      });
    } finally {
      setSending(false);
    }
  }

  // the API names the kinds by their codes; the form shows their labels
  const kindError = KINDS.reduce((message, kind) => message?.replace(kind.value, kind.label), fieldMessage(problem, "kind"));
  return (
    <Screen title="事故・不具合の報告">
      <p class="incident-intro">
        情報セキュリティに関する事故やシステムの不具合に気づいたら、すぐに事務局へ報告してください。報告のあとは事務局の指示に従ってください（利用規約第21条）。
      </p>
      {receipt ? (
        <section class="success incident-receipt" aria-labelledby="receipt-title">
          <h2 id="receipt-title" tabIndex={-1} ref={receiptHeading}>報告を受け付けました</h2>
          <dl class="facts">
            <div><dt>報告ID</dt><dd class="receipt-id">{receipt.id}</dd></div>
            <div><dt>種別</dt><dd>{receipt.kindLabel}</dd></div>
            <div><dt>発生（発覚）</dt><dd>{formatDateTime(receipt.occurredAt, true)}</dd></div>
            <div><dt>受付</dt><dd>{formatDateTime(receipt.reportedAt, true)}</dd></div>
            <div><dt>状態</dt><dd>{receipt.statusLabel}</dd></div>
          </dl>
          <p>事務局が内容を確かめ、必要な措置をとります。問い合わせのときは報告IDを伝えてください。</p>
          <button type="button" onClick={() => setReceipt(null)}>別の報告をする</button>
        </section>
      ) : (
        <form class="incident-form" ref={formRef} onSubmit={submit} noValidate>
          <ProblemBox problem={problem} />
          <fieldset class={`block kinds${kindError ? " has-error" : ""}`} aria-describedby={kindError ? "incident-kind-error" : undefined}>
            <legend>種別<span class="required">（必須）</span></legend>
            {KINDS.map((kind) => (
              <label key={kind.value} class="choice">
                <input type="radio" name="incident-kind" value={kind.value} checked={form.kind === kind.value}
                  aria-invalid={kindError ? true : undefined} onChange={() => change({ kind: kind.value })} />
                <span>
                  <span class="choice-label">{kind.label}</span>
                  <span class="choice-hint">{kind.hint}</span>
                </span>
              </label>
            ))}
            {kindError && <p class="field-error" id="incident-kind-error">{kindError}</p>}
          </fieldset>
          <Field label="発生（発覚）日時" hint="気づいた日時で構いません。日本時間です。" required error={fieldMessage(problem, "occurredAt")}>
            {(ids) => (
              <input id={ids.id} type="datetime-local" value={form.occurredAt} max={nowInJapan()}
                aria-describedby={ids.describedBy} aria-invalid={ids.invalid || undefined}
                onInput={(event) => change({ occurredAt: event.currentTarget.value })} />
            )}
          </Field>
          <Field label="何が起きたか" required error={fieldMessage(problem, "description")}
            hint={`いつ・どこで・何が起きたか、いまの状況を書いてください（${MAX_DESCRIPTION}文字以内）。療養者の氏名や病状など個人の情報は書かないでください。`}>
            {(ids) => (
              <>
                <textarea id={ids.id} rows={6} value={form.description} aria-describedby={`${ids.describedBy ?? ""} incident-count`.trim()}
                  aria-invalid={ids.invalid || undefined} onInput={(event) => change({ description: event.currentTarget.value })} />
                <p class={`hint${form.description.length > MAX_DESCRIPTION ? " field-error" : ""}`} id="incident-count">
                  {form.description.length} / {MAX_DESCRIPTION}文字
                </p>
              </>
            )}
          </Field>
          <div class="form-actions">
            <button type="submit" class="primary" disabled={sending} aria-busy={sending || undefined}>
              {sending ? "送信中…" : "事務局へ報告する"}
            </button>
          </div>
        </form>
      )}
      <section class="incident-mine" aria-labelledby="mine-title">
        <h2 id="mine-title">これまでの報告</h2>
        {mine.loading && !mine.data && <Loading />}
        <ProblemBox problem={mine.problem} />
        {mine.data && mine.data.items.length === 0 && <p class="empty">まだ報告はありません。</p>}
        {mine.data && mine.data.items.length > 0 && (
          <ul class="cards">
            {mine.data.items.map((report) => (
              <li key={report.id} class="card incident-report">
                <p class="post-meta">
                  <span class="category">{report.kindLabel}</span>
                  <span>発生 {formatDateTime(report.occurredAt, true)}</span>
                  <span class={`status status-${report.status}`}>{report.statusLabel}</span>
                </p>
                <p class="post-text">{report.description}</p>
                {report.measures && <p class="incident-measures"><strong>事務局の措置：</strong>{report.measures}</p>}
                <p class="meta">報告ID {report.id}・受付 {formatDateTime(report.reportedAt, true)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Screen>
  );
}
