// The list of announcements, newest first, with a filter by kind.

import { get } from "./api.js";
import { ANNOUNCEMENT_KINDS, fillSelect, label } from "./codes.js";
import { announcementEntry } from "./entries.js";
import { el, pager, parameter, problem, show, startPage, title } from "./page.js";

const kind = parameter("kind");

async function showAnnouncements() {
  const container = document.getElementById("announcements");
  try {
    const page = await get("/portal/announcements", { kind, cursor: parameter("cursor") });
    show(container,
      page.items.length === 0
        ? el("p", {}, kind ? `「${label(ANNOUNCEMENT_KINDS, kind)}」のお知らせはありません。` : "現在、お知らせはありません。")
        : el("ul", { class: "entry-list" }, page.items.map(announcementEntry)),
      pager("announcements.html", { kind }, page.nextCursor));
  } catch (error) {
    show(container, problem(error, "お知らせを読み込めませんでした"));
  }
}

fillSelect(document.getElementById("kind"), ANNOUNCEMENT_KINDS, kind);
if (kind) {
  title(`お知らせ（${label(ANNOUNCEMENT_KINDS, kind)}）`);
}
startPage();
showAnnouncements();
