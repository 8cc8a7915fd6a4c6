// The network's announcements from the portal API, newest first, each on its own page (/announcements/<id>), and
// the version of the terms of use in force, with the portal site's page of the full text.

import { useEffect, useState } from "preact/hooks";
import type { Announcement, Terms } from "@igetanet/api";
import { portal } from "../api";
import { config } from "../config";
import type { Route } from "../router";
import { formatDate, formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";

export function Announcements(props: { route: Route }) {
  const id = props.route.path.startsWith("/announcements/") ? decodeURIComponent(props.route.path.slice("/announcements/".length)) : null;
  return id ? <AnnouncementPage id={id} /> : <AnnouncementList />;
}

function AnnouncementList() {
  const first = useLoad(() => portal.listAnnouncements({ network: config.network }), []);
  const terms = useLoad(() => portal.getCurrentTerms({ network: config.network }), []);
  const [more, setMore] = useState<{ items: Announcement[]; cursor?: string; loading: boolean }>({ items: [], loading: false });
  useEffect(() => setMore({ items: [], cursor: first.data?.nextCursor, loading: false }), [first.data]);

  async function next() {
    setMore({ ...more, loading: true });
    try {
      const answer = await portal.listAnnouncements({ network: config.network, cursor: more.cursor });
      setMore({ items: [...more.items, ...answer.items], cursor: answer.nextCursor, loading: false });
    } catch {
      setMore({ ...more, loading: false });
    }
  }

  const items = [...(first.data?.items ?? []), ...more.items];
  return (
    <Screen title="お知らせ">
      <TermsInForce terms={terms.data} loading={terms.loading} />
      <section aria-labelledby="announcements-title">
        <h2 id="announcements-title">事務局からのお知らせ</h2>
        {first.loading && <Loading />}
        <ProblemBox problem={first.problem} />
        {first.data && items.length === 0 && <p class="empty">お知らせはありません。</p>}
        <ul class="cards announcement-list">
          {items.map((announcement) => (
            <li key={announcement.id}>
              <a class="card announcement-link" href={`#/announcements/${encodeURIComponent(announcement.id)}`}>
                <span class={`announcement-kind kind-${announcement.kind}`}>{announcement.kindLabel}</span>
                <span class="announcement-title">{announcement.title}</span>
                <time class="meta" dateTime={announcement.publishedAt.toISOString()}>{formatDate(announcement.publishedAt)}</time>
              </a>
            </li>
          ))}
        </ul>
        {more.cursor && (
          <button type="button" class="more" onClick={next} disabled={more.loading}>さらに表示</button>
        )}
      </section>
    </Screen>
  );
}

/** The version in force, and the next one when it has been published before its day. */
function TermsInForce(props: { terms: Terms | null; loading: boolean }) {
  const terms = props.terms;
  const termsUrl = `${config.portalUrl.replace(/\/+$/, "")}/terms.html`;
  const upcoming = terms?.versions.filter((entry) => entry.effectiveOn.getTime() > terms.effectiveOn.getTime()) ?? [];
  return (
    <section class="card terms-in-force" aria-labelledby="terms-title">
      <h2 id="terms-title">利用規約</h2>
      {props.loading && !terms && <Loading label="利用規約の版を読み込み中…" />}
      {terms && (
        <>
          <p>
            いま施行されている版：<strong class="terms-version">{terms.version}</strong>版（{formatDate(terms.effectiveOn)}施行）
            <span class="meta">{terms.title}</span>
          </p>
          {upcoming.map((entry) => (
            <p key={entry.version} class="notice">{formatDate(entry.effectiveOn)}から {entry.version}版 が施行されます。</p>
          ))}
        </>
      )}
      {!props.loading && !terms && <p class="empty">利用規約の版を読み込めませんでした。</p>}
      <p class="form-actions">
        <a class="button" href={termsUrl} target="_blank" rel="noopener">ポータルサイトで利用規約を読む<span class="visually-hidden">（新しいタブで開きます）</span></a>
      </p>
    </section>
  );
}

function AnnouncementPage(props: { id: string }) {
  const announcement = useLoad(() => portal.getAnnouncement({ announcementId: props.id }), [props.id]);
  const back = { href: "#/announcements", label: "お知らせの一覧" };
  if (announcement.loading && !announcement.data) {
    return <Screen title="お知らせ" back={back}><Loading /></Screen>;
  }
  const data = announcement.data;
  if (!data) {
    const problem = announcement.problem;
    return (
      <Screen title="お知らせ" back={back}>
        <ProblemBox problem={problem && problem.status === 404 ? { ...problem, title: "お知らせが見つかりません", detail: "取り下げられたか、アドレスが違います。" } : problem} />
      </Screen>
    );
  }
  return (
    <Screen title={data.title} back={back}>
      <article class="card announcement" aria-labelledby="screen-title">
        <p class="post-meta">
          <span class={`announcement-kind kind-${data.kind}`}>{data.kindLabel}</span>
          <span>公表 <time dateTime={data.publishedAt.toISOString()}>{formatDateTime(data.publishedAt, true)}</time></span>
          {data.updatedAt.getTime() !== data.publishedAt.getTime() && (
            <span>更新 <time dateTime={data.updatedAt.toISOString()}>{formatDateTime(data.updatedAt, true)}</time></span>
          )}
        </p>
        {data.serviceEndsOn && <p class="warning">サービス提供の中止日：{formatDate(data.serviceEndsOn)}</p>}
        <p class="post-text announcement-body">{data.body}</p>
      </article>
    </Screen>
  );
}
