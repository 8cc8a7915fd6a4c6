// One item's values over time as a hand-drawn SVG line chart: the reference range shaded, a point for each value
// (H and L as triangles marked in red with their letter), round values on the left axis with the unit, dates in
// Japan's time along the bottom. The chart is drawn at the width it is given, so its text keeps its size on a phone.
// It is an image with a short description for assistive technology; the table beside it carries every value.

import { useEffect, useRef, useState } from "preact/hooks";
import type { ObservationSeries } from "@igetanet/api";
import { decimalsOf, niceTicks, shortDate, timeTicks, yearOf } from "./scale";

const FONT = 12;
const DAY = 24 * 60 * 60 * 1000;

function textWidth(text: string): number {
  // CJK glyphs are about as wide as the font size, digits and Latin letters about 0.6 of it
  let width = 0;
  for (const char of text) {
    width += char.charCodeAt(0) > 0xff ? FONT : FONT * 0.62;
  }
  return width;
}

interface ChartProps {
  series: ObservationSeries;
  /** Values the value axis covers at least (besides the values and the reference range). */
  span?: [number, number];
  titleId: string;
  descriptionId: string;
  title: string;
  description: string;
}

export function LineChart(props: ChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div class="chart-frame" ref={frame}>
      {width > 0 && <Drawing {...props} width={width} />}
    </div>
  );
}

const INK = "#1d2733";
const MUTED = "#4a5663";
const BRAND = "#1f5f8b";
const DANGER = "#a8261b";
const OK = "#1e6b3a";
const BAND = "#dff0e4";
const GRID = "#e3e8ee";
const AXIS = "#7b8794";

function Drawing(props: ChartProps & { width: number }) {
  const { series, width } = props;
  const points = series.points;
  const values = points.map((point) => point.value);
  const low = series.referenceLow;
  const high = series.referenceHigh;
  const decimals = decimalsOf([...values, low ?? 0, high ?? 0]);
  const format = (value: number) => value.toFixed(decimals);

  const height = width < 560 ? 260 : 320;
  const bounds = [...values];
  if (low !== undefined) bounds.push(low);
  if (high !== undefined) bounds.push(high);
  // a range with an upper limit alone (e.g. NT-proBNP) is read from zero
  if (high !== undefined && low === undefined && Math.min(...values) >= 0) bounds.push(0);
  if (props.span) bounds.push(...props.span);
  const dataMin = Math.min(...bounds);
  const dataMax = Math.max(...bounds);
  const pad = (dataMax - dataMin) * 0.06;
  const { ticks, decimals: tickDecimals } = niceTicks(dataMin - (dataMin === 0 ? 0 : pad), dataMax + pad, height < 300 ? 5 : 6);
  const yMin = ticks[0];
  const yMax = ticks[ticks.length - 1];
  const tickLabels = ticks.map((tick) => tick.toFixed(tickDecimals));

  const left = Math.max(...tickLabels.map(textWidth)) + 12;
  const right = 18;
  const top = 34;
  const bottom = 44;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;

  const times = points.map((point) => point.at.getTime());
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const inset = Math.min(28, plotWidth / 8);
  const x = (time: number) => (tMax === tMin ? left + plotWidth / 2 : left + inset + ((time - tMin) / (tMax - tMin)) * (plotWidth - 2 * inset));
  const y = (value: number) => top + plotHeight - ((value - yMin) / (yMax - yMin)) * plotHeight;

  const dayTicks = timeTicks(times, Math.max(2, Math.floor(plotWidth / 56)));
  const dateLabels: { x: number; text: string; year: string | null }[] = [];
  let lastYear = "";
  for (const day of dayTicks) {
    // a day with a value is labelled under its first value, other days where they fall
    const first = times.find((time) => time >= day && time < day + DAY);
    const at = Math.min(Math.max(x(first ?? Math.min(Math.max(day, tMin), tMax)), left + 16), left + plotWidth - 16);
    if (dateLabels.length > 0 && at - dateLabels[dateLabels.length - 1].x < 48) continue;
    const date = new Date(day);
    const year = yearOf(date);
    dateLabels.push({ x: at, text: shortDate(date), year: year !== lastYear ? year : null });
    lastYear = year;
  }

  const showValues = points.length <= Math.floor(plotWidth / 44);
  const hasBand = low !== undefined || high !== undefined;
  const bandTop = Math.max(top, high !== undefined ? y(high) : top);
  const bandBottom = Math.min(top + plotHeight, low !== undefined ? y(low) : top + plotHeight);
  const path = points.map((point, index) => `${index === 0 ? "M" : "L"}${x(point.at.getTime()).toFixed(1)},${y(point.value).toFixed(1)}`).join(" ");

  return (
    <svg class="chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img"
      aria-labelledby={props.titleId} aria-describedby={props.descriptionId} font-size={FONT}>
      <title id={props.titleId}>{props.title}</title>
      <desc id={props.descriptionId}>{props.description}</desc>
      <g class="chart-grid" fill={MUTED}>
        {ticks.map((tick, index) => (
          <g key={tick}>
            <line x1={left} x2={left + plotWidth} y1={y(tick)} y2={y(tick)} stroke={GRID} />
            <text x={left - 6} y={y(tick) + 4} text-anchor="end">{tickLabels[index]}</text>
          </g>
        ))}
        {series.unit && <text x={4} y={14} font-weight="700">{series.unit}</text>}
      </g>
      {hasBand && (
        <g class="chart-band">
          <rect x={left} y={bandTop} width={plotWidth} height={Math.max(0, bandBottom - bandTop)} fill={BAND} fill-opacity="0.85" />
          {high !== undefined && <line x1={left} x2={left + plotWidth} y1={y(high)} y2={y(high)} stroke={OK} stroke-width="1.5" stroke-dasharray="5 4" />}
          {low !== undefined && <line x1={left} x2={left + plotWidth} y1={y(low)} y2={y(low)} stroke={OK} stroke-width="1.5" stroke-dasharray="5 4" />}
        </g>
      )}
      <g class="chart-dates" fill={MUTED}>
        <line x1={left} x2={left + plotWidth} y1={top + plotHeight} y2={top + plotHeight} stroke={AXIS} />
        <line x1={left} x2={left} y1={top} y2={top + plotHeight} stroke={AXIS} />
        {dateLabels.map((label) => (
          <g key={label.x}>
            <line x1={label.x} x2={label.x} y1={top + plotHeight} y2={top + plotHeight + 4} stroke={AXIS} />
            <text x={label.x} y={top + plotHeight + 18} text-anchor="middle">{label.text}</text>
            {label.year && <text x={label.x} y={top + plotHeight + 34} text-anchor="middle">{label.year}</text>}
          </g>
        ))}
      </g>
      <path class="chart-line" d={path} fill="none" stroke={BRAND} stroke-width="2.5" stroke-linejoin="round" />
      <g class="chart-points">
        {points.map((point, index) => {
          const px = x(point.at.getTime());
          const py = y(point.value);
          const flag = point.flag === "H" || point.flag === "L" ? point.flag : null;
          const anchor = px > left + plotWidth - 24 ? "end" : px < left + 24 ? "start" : "middle";
          return (
            <g key={`${point.postId}-${index}`} class={`chart-point${flag ? ` chart-flag-${flag}` : ""}`} data-value={point.value}>
              {flag === "H" && <path d={`M${px},${py - 8} L${px + 7},${py + 5} L${px - 7},${py + 5} Z`} fill={DANGER} stroke="#fff" />}
              {flag === "L" && <path d={`M${px},${py + 8} L${px + 7},${py - 5} L${px - 7},${py - 5} Z`} fill={DANGER} stroke="#fff" />}
              {!flag && <circle cx={px} cy={py} r={5} fill="#fff" stroke={BRAND} stroke-width="2.5" />}
              {(showValues || flag || index === points.length - 1) && (
                <text x={px} y={flag === "L" ? py + 22 : py - 12} text-anchor={anchor} font-size="13" font-weight="700"
                  fill={flag ? DANGER : INK} stroke="#fff" stroke-width="3" paint-order="stroke">
                  {format(point.value)}{flag ? ` ${flag}` : ""}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
