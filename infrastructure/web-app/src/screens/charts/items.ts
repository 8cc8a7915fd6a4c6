// The items a chart can show: the vital signs the API knows (fixed units), and the laboratory items (JLAC10 codes)
// that the patient's record holds, read from the record's laboratory posts.

import type { Vitals } from "@igetanet/api";
import { posts } from "../../api";
import { VITALS } from "../../ui/postView";

export interface ChartItem {
  code: string;
  label: string;
  unit?: string;
  /** The values a vital sign's chart shows at least, so that a small change does not fill the chart. */
  span?: [number, number];
}

const SPANS: Record<string, [number, number]> = {
  systolic: [80, 180],
  diastolic: [40, 110],
  pulse: [40, 120],
  temperature: [35, 39],
  spo2: [85, 100],
  respiration: [8, 30],
  pain: [0, 10],
};

const SPO2 = { key: "spo2" as keyof Vitals, label: "SpO2", unit: "%" };

/** The vital signs in the order the API lists them: systolic, diastolic, pulse, temperature, spo2, … */
export const VITAL_ITEMS: ChartItem[] = (() => {
  const known = VITALS.some((item) => item.key === "spo2") ? VITALS : [...VITALS.slice(0, 4), SPO2, ...VITALS.slice(4)];
  return known.map((item) => ({ code: String(item.key), label: item.label, unit: item.unit, span: SPANS[String(item.key)] }));
})();

/** The code of a laboratory result recorded without a JLAC10 code: it cannot be charted. */
const NO_CODE = "99999999999999999";
/** Enough pages for years of laboratory posts; the picker lists what they name. */
const MAX_PAGES = 10;

/** The laboratory items of the patient's record, by the name of their latest result, in the order of the names. */
export async function labItems(patientId: string): Promise<ChartItem[]> {
  const found = new Map<string, ChartItem>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await posts.timeline({ patientId, category: "lab", limit: 50, cursor });
    // newest first: the first result of a code names it
    for (const post of answer.items) {
      for (const result of post.labResults ?? []) {
        if (result.code && result.code !== NO_CODE && !found.has(result.code)) {
          found.set(result.code, { code: result.code, label: result.name, unit: result.unit });
        }
      }
    }
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label, "ja"));
}
