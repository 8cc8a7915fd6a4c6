// What every page shares: building elements (API text only ever goes in as text nodes), dates in Japanese, plain
// text as paragraphs, problems shown to people, and the service-status banner (§25, §26).

import { get } from "./api.js";

/**
 * An element with attributes and children; strings become text nodes, so API text can never become markup.
 * Attributes whose value is null, undefined or false are left out.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces a container's content. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined));
  container.removeAttribute("aria-busy");
}

const DAY = new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "long", day: "numeric" });
const DAY_AND_TIME = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo", year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit",
});

/** A <time> for a calendar day given as YYYY-MM-DD (no time zone shift), or for an instant, as a day in Japan. */
export function day(value) {
  if (!value) {
    return null;
  }
  const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (calendarDay) {
    const [, year, month, date] = calendarDay;
    return el("time", { datetime: value }, `${Number(year)}年${Number(month)}月${Number(date)}日`);
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? el("span", {}, value) : el("time", { datetime: value }, DAY.format(instant));
}

/** A <time> for an instant, with the time of day in Japan. */
export function dayAndTime(value) {
  if (!value) {
    return null;
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? el("span", {}, value) : el("time", { datetime: value }, DAY_AND_TIME.format(instant));
}

/** Plain text whose paragraphs are separated by blank lines, as <p> elements (line breaks kept by CSS). */
export function paragraphs(text) {
  return String(text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t\u3000]*\n)+/)
    .map((block) => block.replace(/^\n+/, "").replace(/\s+$/, ""))
    .filter((block) => block.trim() !== "")
    .map((block) => el("p", {}, block));
}

/** A problem of the API as people read it: its title and detail. */
export function problem(error, fallbackTitle = "情報を読み込めませんでした") {
  const title = error?.title ?? fallbackTitle;
  const detail = error?.detail || (error?.status ? "" : "しばらくしてからもう一度お試しください。");
  return el("div", { class: "problem", role: "alert" },
    el("p", {}, el("strong", {}, title)),
    detail ? el("p", {}, detail) : null);
}

/** The value of a query parameter of this page's address, or "" when absent. */
export function parameter(name) {
  return new URLSearchParams(window.location.search).get(name) ?? "";
}

/** A page address with only the non-empty parameters. */
export function link(page, query = {}) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value) {
      parameters.set(name, value);
    }
  }
  const search = parameters.toString();
  return search ? `${page}?${search}` : page;
}

/** Sets the document title to "<what> | いげたネット". */
export function title(what) {
  document.title = `${what} | いげたネット ポータルサイト`;
}

/**
 * Shows the service-status banner while the operator has declared the service suspended (§25). The banner is an
 * alert placed before the main content, so screen readers announce it and keyboard users meet it first.
 */
export async function showServiceStatus() {
  const slot = document.getElementById("service-status");
  if (!slot) {
    return;
  }
  let status;
  try {
    status = await get("/portal/status");
  } catch (error) {
    // Without a known status the page says nothing rather than guessing; the console keeps the reason.
    console.warn("service status unavailable", error?.code || error?.status);
    return;
  }
  if (status.state !== "suspended") {
    slot.replaceChildren();
    slot.hidden = true;
    return;
  }
  const since = day(status.since);
  const expectedEnd = dayAndTime(status.expectedEnd);
  slot.replaceChildren(el("div", { class: "status-banner", role: "alert", "aria-labelledby": "service-status-title" },
    el("div", { class: "container" },
      el("h2", { id: "service-status-title" }, "いげたネットのサービスを一時停止しています"),
      status.reason ? el("p", {}, status.reason) : null,
      since ? el("p", {}, "停止した日：", since) : null,
      expectedEnd ? el("p", {}, "再開の見込み：", expectedEnd) : null,
      el("p", {}, "詳しくは", el("a", { href: "announcements.html?kind=suspension" }, "サービスの一時停止のお知らせ"),
        "をご覧ください。"))));
  slot.hidden = false;
}

/** What every page does first. */
export function startPage() {
  showServiceStatus();
}

/**
 * Links to the next page of a list (the API pages forward by cursor) and back to its first page, keeping the
 * list's other parameters.
 */
export function pager(page, query, nextCursor) {
  const onLaterPage = parameter("cursor") !== "";
  if (!nextCursor && !onLaterPage) {
    return null;
  }
  return el("nav", { class: "pager", "aria-label": "ページ送り" },
    onLaterPage ? el("a", { href: link(page, query) }, "最初のページへ") : null,
    nextCursor ? el("a", { href: link(page, { ...query, cursor: nextCursor }), rel: "next" }, "次のページへ") : null);
}
