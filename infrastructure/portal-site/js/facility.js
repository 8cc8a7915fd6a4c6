// One participating facility, with only the fields it published (§17-2).

import { getById } from "./api.js";
import { UNNAMED_FACILITY } from "./codes.js";
import { el, parameter, problem, show, startPage, title } from "./page.js";

function details(facility) {
  const rows = [
    ["施設名のよみがな", facility.kana],
    ["種別", facility.kindLabel],
    ["郵便番号", facility.postalCode ? `〒${facility.postalCode}` : null],
    ["住所", facility.address],
    ["電話番号", facility.phone ? el("a", { href: `tel:${facility.phone.replace(/[^\d+]/g, "")}` }, facility.phone) : null],
  ].filter(([, value]) => value);
  return el("dl", { class: "details" }, rows.map(([name, value]) => [el("dt", {}, name), el("dd", {}, value)]));
}

async function showFacility() {
  const container = document.getElementById("facility");
  const id = parameter("id");
  if (!id) {
    show(container, el("h1", {}, "参加施設"), el("p", {}, "施設が指定されていません。"));
    return;
  }
  try {
    const facility = await getById(`/portal/facilities/${encodeURIComponent(id)}`);
    title(facility.name || UNNAMED_FACILITY);
    show(container, el("h1", {}, facility.name || UNNAMED_FACILITY), details(facility),
      el("p", { class: "meta" }, "この施設が公開を選んだ項目だけを掲載しています。"));
  } catch (error) {
    show(container, el("h1", {}, "参加施設"), error.status === 404
      ? el("p", { class: "notice", role: "alert" }, "この施設は見つからないか、情報を公開していません。")
      : problem(error, "施設の情報を読み込めませんでした"));
  }
}

startPage();
showFacility();
