// The directory of participating facilities (§17): search by name or kana, filter by kind, page by cursor. Each
// facility shows only what it chose to publish; the API leaves out the rest.

import { get } from "./api.js";
import { FACILITY_KINDS, UNNAMED_FACILITY, fillSelect } from "./codes.js";
import { el, pager, parameter, problem, show, startPage } from "./page.js";

const q = parameter("q");
const kind = parameter("kind");

function facilityEntry(facility) {
  return el("li", {},
    el("h3", {}, el("a", { href: `facility.html?id=${encodeURIComponent(facility.id)}` }, facility.name || UNNAMED_FACILITY)),
    facility.kindLabel ? el("p", {}, el("span", { class: "badge" }, facility.kindLabel)) : null,
    facility.address ? el("p", {}, facility.postalCode ? `〒${facility.postalCode} ` : "", facility.address) : null,
    facility.phone ? el("p", {}, `電話：${facility.phone}`) : null);
}

async function showFacilities() {
  const container = document.getElementById("results");
  try {
    const page = await get("/portal/facilities", { q, kind, cursor: parameter("cursor") });
    const searched = q || kind;
    show(container,
      page.items.length === 0
        ? el("p", {}, searched ? "条件に合う参加施設は見つかりませんでした。" : "掲載している参加施設はまだありません。")
        : el("ul", { class: "cards" }, page.items.map(facilityEntry)),
      pager("facilities.html", { q, kind }, page.nextCursor));
  } catch (error) {
    show(container, problem(error, "参加施設を読み込めませんでした"),
      el("p", {}, el("a", { href: "facilities.html" }, "条件を外して一覧を表示する")));
  }
}

document.getElementById("q").value = q;
fillSelect(document.getElementById("kind"), FACILITY_KINDS, kind);
startPage();
showFacilities();
