// One post of the record as it reads in the timeline and in its own screen: category, time, author, text and the
// structured blocks (vitals, medications, laboratory results with H/L against the reference range, attachments).

import type { LabResultEntry, Post, Vitals } from "@igetanet/api";
import { posts, problemOf } from "../api";
import { formatDate, formatDateTime } from "./kit";

const VITALS: { key: keyof Vitals; label: string; unit: string }[] = [
  { key: "systolic", label: "収縮期血圧", unit: "mmHg" },
  { key: "diastolic", label: "拡張期血圧", unit: "mmHg" },
  { key: "pulse", label: "脈拍", unit: "回/分" },
  { key: "temperature", label: "体温", unit: "℃" },
  { key: "spo2", label: "SpO2", unit: "%" },
  { key: "respiration", label: "呼吸数", unit: "回/分" },
  { key: "weight", label: "体重", unit: "kg" },
  { key: "pain", label: "痛み", unit: "/10" },
];

export { VITALS };

function flagLabel(result: LabResultEntry): string | null {
  if (result.flag === "H") return "高";
  if (result.flag === "L") return "低";
  return null;
}

export async function openAttachment(patientId: string, attachmentId: string) {
  // opened at once, within the click, so that no popup blocker refuses it; the address follows
  const opened = window.open("about:blank", "_blank");
  if (opened) {
    opened.opener = null;
  }
  try {
    const download = await posts.download({ patientId, attachmentId });
    if (opened) {
      opened.location.href = download.downloadUrl;
    } else {
      location.assign(download.downloadUrl);
    }
  } catch (error) {
    opened?.close();
    window.alert((await problemOf(error)).title);
  }
}

export function PostBody(props: { post: Post }) {
  const post = props.post;
  const vitals = post.vitals;
  return (
    <div class="post-body">
      {post.text && <p class="post-text">{post.text}</p>}
      {vitals && (
        <dl class="vitals">
          {VITALS.filter((item) => vitals[item.key] !== undefined && vitals[item.key] !== null).map((item) => (
            <div key={item.key}>
              <dt>{item.label}</dt>
              <dd>
                {vitals[item.key]}
                <span class="unit">{item.unit}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {post.medications && post.medications.length > 0 && (
        <ul class="medications">
          {post.medications.map((medication, index) => (
            <li key={index}>
              <span class="medication-name">{medication.name}</span>
              {medication.dose != null && <span> {medication.dose}{medication.unit ?? ""}</span>}
              {medication.frequency && <span> {medication.frequency}</span>}
              {medication.yjCode && <span class="code">YJ {medication.yjCode}</span>}
              {medication.prescriber && <span class="meta">処方：{medication.prescriber}</span>}
            </li>
          ))}
        </ul>
      )}
      {post.labResults && post.labResults.length > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="検査結果の表（横にスクロールできます）">
          <table class="labs">
            <caption class="visually-hidden">検査結果</caption>
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col">結果</th>
                <th scope="col">基準範囲</th>
              </tr>
            </thead>
            <tbody>
              {post.labResults.map((result, index) => (
                <tr key={index} class={result.flag ? `flag-${result.flag}` : undefined}>
                  <th scope="row">
                    {result.name}
                    <span class="code">{result.code}</span>
                  </th>
                  <td>
                    {result.value ?? result.resultText} {result.unit}
                    {flagLabel(result) && <strong class="flag" aria-label={`基準より${flagLabel(result)}い`}> {result.flag}</strong>}
                  </td>
                  <td>
                    {result.referenceLow ?? ""}–{result.referenceHigh ?? ""}
                    {result.specimenDate && <span class="meta">{formatDate(result.specimenDate)}採取</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {post.attachmentIds && post.attachmentIds.length > 0 && (
        <ul class="attachments">
          {post.attachmentIds.map((id, index) => (
            <li key={id}>
              <button type="button" class="link" onClick={() => openAttachment(post.patientId, id)}>
                添付ファイル {index + 1} を開く
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function PostMeta(props: { post: Post }) {
  const post = props.post;
  return (
    <p class="post-meta">
      {post.read === false && <span class="badge unread-mark">未読</span>}
      <span class="category">{post.categoryLabel}</span>
      <time dateTime={post.postedAt.toISOString()}>{formatDateTime(post.postedAt)}</time>
      <span class="author">{post.authorId}</span>
      {post.version > 1 && <span class="corrected">訂正あり（第{post.version}版）</span>}
    </p>
  );
}

/** Who read a post and when, first readers first. */
export function ReaderList(props: { readers: { userId: string; readAt: Date }[] }) {
  if (props.readers.length === 0) {
    return <p class="empty">まだ誰も読んでいません。</p>;
  }
  return (
    <ul class="readers">
      {props.readers.map((reader) => (
        <li key={reader.userId}>
          {reader.userId}
          <time class="meta" dateTime={reader.readAt.toISOString()}>{formatDateTime(reader.readAt)}</time>
        </li>
      ))}
    </ul>
  );
}
