// What every screen is made of: the screen's heading (focused when the screen opens, so that screen readers and
// keyboard users start there), loading and problem states, labelled fields with the API's messages beside them,
// and Japanese dates.

import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { type ApiProblem, problemOf } from "../api";

export function Screen(props: { title: string; back?: { href: string; label: string }; actions?: ComponentChildren; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} - いげたネット`;
    heading.current?.focus({ preventScroll: false });
  }, [props.title]);
  return (
    <section class="screen" aria-labelledby="screen-title">
      {props.back && (
        <a class="back" href={props.back.href}>
          ← {props.back.label}
        </a>
      )}
      <div class="screen-head">
        <h1 id="screen-title" tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
        {props.actions && <div class="screen-actions">{props.actions}</div>}
      </div>
      {props.children}
    </section>
  );
}

export function Loading(props: { label?: string }) {
  return (
    <p class="loading" role="status" aria-busy="true">
      {props.label ?? "読み込み中…"}
    </p>
  );
}

/** A refusal of the API: its title and detail; the fields' messages show beside the fields (FieldProblem). */
export function ProblemBox(props: { problem: ApiProblem | null; withFields?: boolean }) {
  const problem = props.problem;
  if (!problem) {
    return null;
  }
  return (
    <div class="problem" role="alert">
      <p class="problem-title">{problem.title}</p>
      <p>{problem.detail}</p>
      {props.withFields && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field}>{error.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The API's message for one field (its JSON path, e.g. vitals.systolic), if it named that field. */
export function fieldMessage(problem: ApiProblem | null, ...fields: string[]): string | undefined {
  return problem?.errors.find((error) => fields.some((field) => error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`)))?.message;
}

let fieldCounter = 0;

/** A labelled control with an optional hint and the API's message for it; the control gets the ids it needs. */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}) {
  const [id] = useState(() => `field-${++fieldCounter}`);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${props.error ? " has-error" : ""}`}>
      <div class="field-label">
        <label for={id}>{props.label}</label>
        {props.required && <span class="required" aria-hidden="true">必須</span>}
      </div>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Loads what a screen shows; a failure becomes a problem to show. `reload` loads it again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [round, setRound] = useState(0);
  // what is being asked for: while the answer to it has not arrived, the screen is loading — from the very render in
  // which the deps changed, so that no frame shows the old answer as if it were the new one
  const key = JSON.stringify([...deps, round]);
  const [state, setState] = useState<{ key: string | null; data: T | null; problem: ApiProblem | null }>({ key: null, data: null, problem: null });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, problem: null }),
      async (error) => {
        const problem = await problemOf(error);
        if (live) {
          setState({ key, data: null, problem });
        }
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { data: state.data, problem: state.problem, loading: state.key !== key, reload };
}

const TOKYO = "Asia/Tokyo";
const dateFormat = new Intl.DateTimeFormat("ja-JP", { timeZone: TOKYO, year: "numeric", month: "long", day: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: TOKYO,
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const fullDateTimeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: TOKYO,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatDate(date: Date | undefined | null): string {
  return date ? dateFormat.format(date) : "";
}

export function formatDateTime(date: Date | undefined | null, withYear = false): string {
  return date ? (withYear ? fullDateTimeFormat : dateTimeFormat).format(date) : "";
}

/** Age in whole years on today's date in Japan. */
export function age(birthDate: Date): number {
  const today = new Date(new Date().toLocaleString("en-US", { timeZone: TOKYO }));
  let years = today.getFullYear() - birthDate.getUTCFullYear();
  if (today.getMonth() < birthDate.getUTCMonth() || (today.getMonth() === birthDate.getUTCMonth() && today.getDate() < birthDate.getUTCDate())) {
    years--;
  }
  return years;
}
