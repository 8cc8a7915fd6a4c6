// A patient's current medications as the API derives them from the record, with its duplicate warnings in plain
// words: the same ingredient (YJ code's first 7 characters) prescribed twice, or two drugs of one therapeutic group.
// Each warning is listed once at the top with the drugs involved, and again beside each drug it concerns.

import type { CurrentMedication, MedicationWarning } from "@igetanet/api";
import { posts } from "../api";
import { formatDate, formatDateTime, Loading, ProblemBox, useLoad } from "../ui/kit";
import { PatientScreen } from "../ui/patient";

interface Duplicate {
  warning: MedicationWarning;
  drugs: { name: string; prescriber?: string }[];
}

const entryKey = (postId: string, index: number) => `${postId}#${index}`;

/** Each warning once: the same pair or group seen from every drug in it is one duplicate. */
function duplicatesOf(items: CurrentMedication[]): Duplicate[] {
  const seen = new Map<string, Duplicate>();
  for (const item of items) {
    for (const warning of item.warnings) {
      const involved = [
        { key: entryKey(item.postId, item.index), name: item.medication.name ?? "（薬剤名なし）", prescriber: item.medication.prescriber ?? undefined },
        ...warning.others.map((other) => ({ key: entryKey(other.postId, other.index), name: other.name, prescriber: other.prescriber })),
      ];
      const key = `${warning.kind}|${warning.group ?? ""}|${involved.map((drug) => drug.key).sort().join(",")}`;
      if (!seen.has(key)) {
        seen.set(key, { warning, drugs: involved.map(({ name, prescriber }) => ({ name, prescriber })) });
      }
    }
  }
  return [...seen.values()];
}

function kindWord(warning: MedicationWarning): string {
  return warning.kind === "same_ingredient" ? "同じ成分の薬" : `同じ働きの薬（${warning.groupLabel ?? "同効薬"}）`;
}

function drugList(drugs: { name: string; prescriber?: string }[]): string {
  return drugs.map((drug) => (drug.prescriber ? `${drug.name}（${drug.prescriber}）` : drug.name)).join("、");
}

export function Medications(props: { patientId: string }) {
  const current = useLoad(() => posts.medications({ patientId: props.patientId }), [props.patientId]);
  return (
    <PatientScreen patientId={props.patientId} section="/medications" title="のお薬">
      {() => {
        if (current.loading && !current.data) return <Loading />;
        if (!current.data) return <ProblemBox problem={current.problem} />;
        const data = current.data;
        const duplicates = duplicatesOf(data.items);
        const uncoded = data.items.filter((item) => !item.medication.yjCode).length;
        return (
          <>
            <p class="medications-as-of">
              {formatDate(data.asOf)}に服用中の薬：<strong>{data.items.length}件</strong>
              <a class="button" href={`#/patients/${props.patientId}?category=medication`}>服薬の記録を見る</a>
            </p>
            {duplicates.length > 0 && (
              <section class="warning medication-duplicates" aria-labelledby="duplicates-title">
                <h2 id="duplicates-title">重複投薬の可能性があります（{duplicates.length}件）</h2>
                <p>処方した医療機関・薬局に確認してください。中止や変更は処方した医師の判断によります。</p>
                <ul>
                  {duplicates.map((duplicate, index) => (
                    <li key={index}>
                      <p class="duplicate-what"><strong>{kindWord(duplicate.warning)}</strong>が{duplicate.drugs.length}件：{drugList(duplicate.drugs)}</p>
                      <p class="duplicate-message">{duplicate.warning.message}</p>
                      {duplicate.warning.source && <p class="duplicate-source">根拠：{duplicate.warning.source}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {data.items.length === 0 && <p class="empty">服用中の薬の記録はありません。</p>}
            <ul class="cards medication-list" aria-label="服用中の薬">
              {data.items.map((item) => (
                <li key={entryKey(item.postId, item.index)}>
                  <MedicationCard item={item} patientId={props.patientId} />
                </li>
              ))}
            </ul>
            {uncoded > 0 && <p class="hint">YJコードのない薬（{uncoded}件）は、重複を確認できません。</p>}
            <p class="notice-small">{data.notice}</p>
          </>
        );
      }}
    </PatientScreen>
  );
}

function MedicationCard(props: { item: CurrentMedication; patientId: string }) {
  const { item } = props;
  const medication = item.medication;
  const id = `medication-${item.postId}-${item.index}`;
  return (
    <article class={`card medication${item.warnings.length > 0 ? " has-warning" : ""}`} aria-labelledby={id}>
      <h2 id={id} class="medication-title">
        {medication.name ?? "（薬剤名なし）"}
        {item.warnings.length > 0 && <span class="badge">重複の可能性</span>}
      </h2>
      <p class="medication-dose">
        {medication.dose != null && <span>1回 {medication.dose}{medication.unit ?? ""}</span>}
        {medication.frequency && <span>{medication.frequency}</span>}
      </p>
      <dl class="facts">
        <div><dt>処方</dt><dd>{medication.prescriber ?? "記録なし"}</dd></div>
        <div><dt>期間</dt><dd>{medication.startDate ? `${formatDate(new Date(medication.startDate))}から` : "開始日の記録なし"}{medication.endDate ? ` ${formatDate(new Date(medication.endDate))}まで` : ""}</dd></div>
        <div><dt>YJコード</dt><dd>{medication.yjCode ?? "なし（重複を確認できません）"}</dd></div>
        <div><dt>記録</dt><dd>{formatDateTime(item.postedAt, true)} {item.authorId}</dd></div>
      </dl>
      {item.warnings.length > 0 && (
        <ul class="warnings" aria-label={`${medication.name ?? "この薬"}の重複の警告`}>
          {item.warnings.map((warning, index) => (
            <li key={index} class="warning">
              <strong>{kindWord(warning)}</strong>があります：{drugList(warning.others.map((other) => ({ name: other.name, prescriber: other.prescriber })))}
            </li>
          ))}
        </ul>
      )}
      <p class="post-actions">
        <a href={`#/patients/${props.patientId}/posts/${item.postId}`}>記録した投稿を見る</a>
      </p>
    </article>
  );
}
