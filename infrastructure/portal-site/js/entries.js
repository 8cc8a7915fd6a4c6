// An announcement as one entry of a list, on the top page and on the list of announcements.

import { day, el } from "./page.js";

export function announcementEntry(announcement) {
  return el("li", {},
    el("h3", {}, el("a", { href: `announcement.html?id=${encodeURIComponent(announcement.id)}` }, announcement.title)),
    el("p", { class: "meta" },
      el("span", { class: "badge" }, announcement.kindLabel),
      day(announcement.publishedAt)),
    announcement.serviceEndsOn ? el("p", {}, "サービス提供の終了日：", day(announcement.serviceEndsOn)) : null);
}
