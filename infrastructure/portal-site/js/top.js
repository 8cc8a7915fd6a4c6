// The top page: the network's overview (§17-1) and the latest announcements.

import { get } from "./api.js";
import { announcementEntry } from "./entries.js";
import { day, el, paragraphs, problem, show, startPage } from "./page.js";

const LATEST = 5;

async function showOverview() {
  const container = document.getElementById("overview");
  try {
    const overview = await get("/portal/overview");
    document.getElementById("overview-title").textContent = overview.title || "いげたネットの概要";
    show(container, paragraphs(overview.body),
      overview.updatedAt ? el("p", { class: "meta" }, "更新日：", day(overview.updatedAt)) : null);
  } catch (error) {
    show(container, problem(error, "概要を読み込めませんでした"));
  }
}

async function showLatestAnnouncements() {
  const container = document.getElementById("latest-announcements");
  try {
    const page = await get("/portal/announcements", { limit: LATEST });
    show(container, page.items.length === 0
      ? el("p", {}, "現在、お知らせはありません。")
      : el("ul", { class: "entry-list" }, page.items.map(announcementEntry)));
  } catch (error) {
    show(container, problem(error, "お知らせを読み込めませんでした"));
  }
}

startPage();
showOverview();
showLatestAnnouncements();
