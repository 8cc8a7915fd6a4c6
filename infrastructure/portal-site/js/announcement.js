// One announcement.

import { getById } from "./api.js";
import { day, dayAndTime, el, paragraphs, parameter, problem, show, startPage, title } from "./page.js";

async function showAnnouncement() {
  const container = document.getElementById("announcement");
  const id = parameter("id");
  if (!id) {
    show(container, el("h1", {}, "お知らせ"), el("p", {}, "お知らせが指定されていません。"),
      el("p", {}, el("a", { href: "announcements.html" }, "お知らせの一覧")));
    return;
  }
  try {
    const announcement = await getById(`/portal/announcements/${encodeURIComponent(id)}`);
    title(announcement.title);
    show(container,
      el("h1", {}, announcement.title),
      el("p", { class: "meta" }, el("span", { class: "badge" }, announcement.kindLabel), "掲載日：",
        dayAndTime(announcement.publishedAt)),
      announcement.serviceEndsOn
        ? el("p", { class: "notice" }, "サービス提供の終了日：", day(announcement.serviceEndsOn)) : null,
      el("div", { class: "text-block" }, paragraphs(announcement.body)));
  } catch (error) {
    show(container, el("h1", {}, "お知らせ"), problem(error, "お知らせを読み込めませんでした"));
  }
}

startPage();
showAnnouncement();
