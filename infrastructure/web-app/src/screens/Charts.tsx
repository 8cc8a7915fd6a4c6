// A patient's vital signs and laboratory items over time: a picker of the item (the vital signs, and the laboratory
// items the record holds), the chart with the reference range shaded and H/L marked, a summary (latest, highest,
// lowest) and every value in a table, newest first, each linked to the post it came from.

import type { ObservationPoint, ObservationSeries } from "@igetanet/api";
import { posts } from "../api";
import { navigate } from "../router";
import { formatDate, formatDateTime, Loading, ProblemBox, useLoad } from "../ui/kit";
import { PatientScreen } from "../ui/patient";
import { labItems, VITAL_ITEMS } from "./charts/items";
import { LineChart } from "./charts/LineChart";
import { decimalsOf } from "./charts/scale";

const DEFAULT_CODE = "systolic";

export function Charts(props: { patientId: string; code: string | null }) {
  const code = props.code || DEFAULT_CODE;
  const labs = useLoad(() => labItems(props.patientId), [props.patientId]);
  const series = useLoad(() => posts.observations({ patientId: props.patientId, code }), [props.patientId, code]);
  const isVital = VITAL_ITEMS.some((item) => item.code === code);

  return (
    <PatientScreen patientId={props.patientId} section="/charts" title="のグラフ">
      {() => (
        <>
          <div class="filter chart-picker">
            <label for="chart-item">項目</label>
            <select id="chart-item" value={code}
              onChange={(event) => navigate(`/patients/${props.patientId}/charts?code=${encodeURIComponent(event.currentTarget.value)}`)}>
              <optgroup label="バイタル">
                {VITAL_ITEMS.map((item) => <option key={item.code} value={item.code}>{item.label}（{item.unit}）</option>)}
              </optgroup>
              {labs.data && labs.data.length > 0 && (
                <optgroup label="検査">
                  {labs.data.map((item) => <option key={item.code} value={item.code}>{item.label}{item.unit ? `（${item.unit}）` : ""}</option>)}
                </optgroup>
              )}
              {!isVital && labs.data && !labs.data.some((item) => item.code === code) && (
                <option value={code}>検査 {code}</option>
              )}
            </select>
            {labs.loading && <p class="hint" role="status" aria-busy="true">検査の項目を読み込み中…</p>}
            {labs.data && labs.data.length === 0 && <p class="hint">この療養者の記録には、JLAC10 コード付きの検査結果がまだありません。</p>}
            {labs.problem && <p class="hint">検査の項目を読み込めませんでした（{labs.problem.title}）。</p>}
          </div>
          {series.loading && <Loading />}
          <ProblemBox problem={series.problem} withFields />
          {series.data && !series.loading && <SeriesView series={series.data} patientId={props.patientId} isVital={isVital} />}
        </>
      )}
    </PatientScreen>
  );
}

function SeriesView(props: { series: ObservationSeries; patientId: string; isVital: boolean }) {
  const { series, isVital } = props;
  const points = series.points;
  const unit = series.unit ?? VITAL_ITEMS.find((item) => item.code === series.code)?.unit ?? "";
  const decimals = decimalsOf([...points.map((point) => point.value), series.referenceLow ?? 0, series.referenceHigh ?? 0]);
  const value = (point: ObservationPoint) => `${point.value.toFixed(decimals)} ${unit}`.trim();
  const when = (point: ObservationPoint) => (point.specimenDate ? `${formatDate(point.specimenDate)}採取` : formatDateTime(point.at, true));
  const range = referenceRange(series, decimals, unit);

  if (points.length === 0) {
    return (
      <section class="card chart-card" aria-labelledby="chart-title">
        <h2 id="chart-title">{series.label}</h2>
        <p class="empty">{isVital ? "この項目の記録はまだありません。" : "この項目の数値の結果はまだありません。"}</p>
        <p class="notice-small">{series.notice}</p>
      </section>
    );
  }

  const latest = points[points.length - 1];
  const highest = points.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = points.reduce((best, point) => (point.value < best.value ? point : best));
  const outside = points.filter((point) => point.flag === "H" || point.flag === "L").length;
  const period = points.length > 1 ? `${formatDate(points[0].at)}から${formatDate(latest.at)}まで` : formatDate(latest.at);
  const description = [
    `${period}の${points.length}件。`,
    `最新値 ${value(latest)}${flagWord(latest)}（${when(latest)}）、最高 ${value(highest)}、最低 ${value(lowest)}。`,
    range ? `基準範囲 ${range}${isVital ? "" : `、範囲外 ${outside}件`}。` : "基準範囲の記録なし。",
  ].join("");

  return (
    <section class="card chart-card" aria-labelledby="chart-title">
      <h2 id="chart-title">
        {series.label}
        {unit && <span class="unit">（{unit}）</span>}
        {!isVital && <span class="code">{series.code}</span>}
      </h2>
      <dl class="chart-summary">
        <div class={latest.flag ? "chart-out" : undefined}>
          <dt>最新値</dt>
          <dd>{value(latest)}{latest.flag && <strong class="flag">{` ${latest.flag}`}</strong>}<span class="meta">{when(latest)}</span></dd>
        </div>
        <div>
          <dt>最高</dt>
          <dd>{value(highest)}<span class="meta">{when(highest)}</span></dd>
        </div>
        <div>
          <dt>最低</dt>
          <dd>{value(lowest)}<span class="meta">{when(lowest)}</span></dd>
        </div>
        <div>
          <dt>基準範囲</dt>
          <dd>
            {range ?? "なし"}
            <span class="meta">{range ? "最新の結果に付いた範囲" : isVital ? "バイタルには基準範囲がありません" : "結果に範囲の記録がありません"}</span>
          </dd>
        </div>
      </dl>
      <LineChart series={series} span={spanOf(series)} titleId="chart-svg-title" descriptionId="chart-svg-description"
        title={`${series.label}の推移のグラフ`} description={description} />
      <p class="chart-legend">
        <span class="legend-point" aria-hidden="true" /> 値
        {range && <><span class="legend-band" aria-hidden="true" /> 基準範囲 {range}</>}
        {!isVital && <><span class="legend-flag" aria-hidden="true">▲</span> H 基準より高い <span class="legend-flag" aria-hidden="true">▼</span> L 基準より低い</>}
      </p>
      <div class="table-scroll">
        <table class="labs chart-table">
          <caption>{series.label}の値（新しい順、{points.length}件）</caption>
          <thead>
            <tr>
              <th scope="col">{isVital ? "記録日時" : "採取日"}</th>
              <th scope="col">値</th>
              {!isVital && <th scope="col">判定</th>}
              <th scope="col">記録</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((point, index) => (
              <tr key={`${point.postId}-${index}`} class={point.flag ? `flag-${point.flag}` : undefined}>
                <th scope="row">{point.specimenDate ? formatDate(point.specimenDate) : formatDateTime(point.at, true)}</th>
                <td>{value(point)}</td>
                {!isVital && <td>{point.flag === "H" ? "高い（H）" : point.flag === "L" ? "低い（L）" : "範囲内"}</td>}
                <td><a class="chart-post" href={`#/patients/${props.patientId}/posts/${point.postId}`}>投稿</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="notice-small">{series.notice}</p>
    </section>
  );
}

/** What a vital sign's chart covers at least: its usual span, or for weight 3 kg either side of the values. */
function spanOf(series: ObservationSeries): [number, number] | undefined {
  if (series.code === "weight" && series.points.length > 0) {
    const values = series.points.map((point) => point.value);
    return [Math.min(...values) - 3, Math.max(...values) + 3];
  }
  return VITAL_ITEMS.find((item) => item.code === series.code)?.span;
}

function flagWord(point: ObservationPoint): string {
  return point.flag === "H" ? "（基準より高い）" : point.flag === "L" ? "（基準より低い）" : "";
}

function referenceRange(series: ObservationSeries, decimals: number, unit: string): string | null {
  const low = series.referenceLow;
  const high = series.referenceHigh;
  if (low === undefined && high === undefined) return null;
  const text = low !== undefined && high !== undefined
    ? `${low.toFixed(decimals)}〜${high.toFixed(decimals)}`
    : low !== undefined ? `${low.toFixed(decimals)} 以上` : `${high!.toFixed(decimals)} 以下`;
  return `${text} ${unit}`.trim();
}

