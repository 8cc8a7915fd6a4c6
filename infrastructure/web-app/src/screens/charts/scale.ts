// The arithmetic of a chart: round tick values for the value axis and day labels for the time axis, in Japan's time.

/** Round tick values (1, 2, 2.5 or 5 times a power of ten) covering min..max, about `count` of them, and their decimals. */
export function niceTicks(min: number, max: number, count: number): { ticks: number[]; decimals: number } {
  if (!(max > min)) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough * 0.999) ?? 10 * power;
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals++;
  const ticks: number[] = [];
  for (let index = Math.floor(min / step + 1e-9); ticks.length < 50; index++) {
    const value = Number((index * step).toFixed(decimals));
    ticks.push(value);
    if (value >= max - 1e-9) break;
  }
  return { ticks, decimals };
}

/** How many decimals the values of a series are written with (at most 2). */
export function decimalsOf(values: number[]): number {
  return Math.min(2, Math.max(0, ...values.map((value) => (String(value).split(".")[1] ?? "").length)));
}

const TOKYO = "Asia/Tokyo";
const monthDay = new Intl.DateTimeFormat("ja-JP", { timeZone: TOKYO, month: "numeric", day: "numeric" });
const yearOnly = new Intl.DateTimeFormat("ja-JP", { timeZone: TOKYO, year: "numeric" });
const DAY = 24 * 60 * 60 * 1000;

/** "10/8" in Japan's time. */
export function shortDate(date: Date): string {
  return monthDay.format(date);
}

/** "2026年" in Japan's time. */
export function yearOf(date: Date): string {
  return yearOnly.format(date);
}

/** The start of the day in Japan (UTC+9, no daylight saving) of a moment. */
function dayStart(time: number): number {
  const offset = 9 * 60 * 60 * 1000;
  return Math.floor((time + offset) / DAY) * DAY - offset;
}

/**
 * The days to label on the time axis: each day with a value when they fit, else days at a regular step
 * (1, 2, 7, 14 days, then about a month, a quarter, half a year, a year).
 */
export function timeTicks(times: number[], capacity: number): number[] {
  const days = [...new Set(times.map(dayStart))].sort((a, b) => a - b);
  if (days.length <= capacity) {
    return days;
  }
  const first = days[0];
  const last = days[days.length - 1];
  const span = (last - first) / DAY;
  const step = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].find((candidate) => span / candidate + 1 <= capacity) ?? 1461;
  const ticks: number[] = [];
  for (let day = first; day <= last; day += step * DAY) {
    ticks.push(day);
  }
  return ticks;
}
