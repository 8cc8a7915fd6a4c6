// The terms of use in force and, by ?version=, any earlier version (§31); links to every version.

import { get } from "./api.js";
import { day, dayAndTime, el, link, paragraphs, parameter, problem, show, startPage, title } from "./page.js";

const requested = parameter("version");

function versionList(versions, shown, current) {
  if (!versions?.length) {
    return el("p", {}, "ほかの版はありません。");
  }
  return el("ul", { class: "versions" }, versions.map((version) => el("li", {},
    el("a", { href: link("terms.html", { version: version.version }), "aria-current": version.version === shown ? "page" : null },
      day(version.effectiveOn), " 施行"),
    version.version === current ? "（施行中）" : null,
    version.version === shown ? "（表示中）" : null)));
}

async function showTerms() {
  const container = document.getElementById("terms");
  const versionsContainer = document.getElementById("versions");
  try {
    const current = await get("/portal/terms/current");
    const terms = requested && requested !== current.version
      ? await get(`/portal/terms/${encodeURIComponent(requested)}`)
      : current;
    const past = terms.version !== current.version;
    title(past ? `${terms.title}（${terms.effectiveOn} 施行の版）` : terms.title);
    show(container,
      el("h1", {}, terms.title),
      el("p", { class: "meta" }, "施行日：", day(terms.effectiveOn), "　版：", terms.version,
        terms.publishedAt ? ["　掲載日：", dayAndTime(terms.publishedAt)] : null),
      past ? el("p", { class: "notice" }, "この版は、現在施行中の利用規約ではありません。",
        el("a", { href: "terms.html" }, "施行中の利用規約を見る")) : null,
      el("div", { class: "text-block terms-text" }, paragraphs(terms.text)));
    show(versionsContainer, versionList(terms.versions ?? current.versions, terms.version, current.version));
  } catch (error) {
    show(container, el("h1", {}, "利用規約"), problem(error, "利用規約を読み込めませんでした"));
    show(versionsContainer, el("p", {}, el("a", { href: "terms.html" }, "施行中の利用規約を表示する")));
  }
}

startPage();
showTerms();
