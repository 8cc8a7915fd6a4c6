// A patient's record: the timeline, newest first, filtered by category, with the way to write a post.

import { useEffect, useState } from "preact/hooks";
import type { Post } from "@igetanet/api";
import { posts } from "../api";
import { navigate } from "../router";
import { Loading, ProblemBox, useLoad } from "../ui/kit";
import { PatientScreen } from "../ui/patient";
import { PostBody, PostMeta } from "../ui/postView";

export const CATEGORIES = [
  { value: "visit", label: "受診・訪問時の情報" },
  { value: "vitals", label: "バイタル" },
  { value: "medication", label: "服薬・薬剤" },
  { value: "lab", label: "検査" },
  { value: "care_life", label: "介護・生活" },
  { value: "contact", label: "連絡・相談" },
  { value: "treatment_history", label: "治療歴" },
  { value: "treatment_course", label: "治療の経過・効果" },
  { value: "other", label: "その他" },
];

export function PatientRecord(props: { patientId: string; category: string | null }) {
  const category = props.category ?? "";
  const timeline = useLoad(() => posts.timeline({ patientId: props.patientId, category: category || undefined }), [props.patientId, category]);
  const [more, setMore] = useState<{ items: Post[]; cursor?: string }>({ items: [] });
  useEffect(() => setMore({ items: [], cursor: timeline.data?.nextCursor }), [timeline.data]);

  async function next() {
    const answer = await posts.timeline({ patientId: props.patientId, category: category || undefined, cursor: more.cursor });
    setMore({ items: [...more.items, ...answer.items], cursor: answer.nextCursor });
  }

  // posts marked read here since the page was loaded
  const [markedRead, setMarkedRead] = useState<Set<string>>(new Set());
  async function markRead(post: Post) {
    try {
      await posts.markRead({ patientId: post.patientId, postId: post.id });
      setMarkedRead((previous) => new Set(previous).add(post.id));
    } catch {
      // the mark stays unread; opening the post marks it too
    }
  }

  const items = [...(timeline.data?.items ?? []), ...more.items]
    .map((post) => (markedRead.has(post.id) ? { ...post, read: true } : post));
  const unread = items.filter((post) => post.read === false).length;
  return (
    <PatientScreen patientId={props.patientId} section="" title="の記録"
      actions={<a class="button primary" href={`#/patients/${props.patientId}/compose${category ? `?category=${category}` : ""}`}>投稿する</a>}>
      {() => (
        <>
          <div class="filter">
            <label for="category-filter">分類で絞り込む</label>
            <select id="category-filter" value={category}
              onChange={(event) => navigate(`/patients/${props.patientId}${event.currentTarget.value ? `?category=${event.currentTarget.value}` : ""}`)}>
              <option value="">すべて</option>
              {CATEGORIES.map((option) => (
                <option key={option.value} value={option.value}>{option.label}</option>
              ))}
            </select>
          </div>
          {timeline.loading && <Loading />}
          <ProblemBox problem={timeline.problem} />
          {timeline.data && items.length === 0 && <p class="empty">まだ投稿はありません。</p>}
          {unread > 0 && <p class="notice" role="status">このページに未読の投稿が{unread}件あります。</p>}
          <ol class="timeline" aria-label="投稿（新しい順）">
            {items.map((post) => (
              <li key={post.id}>
                <article class="card post" aria-labelledby={`post-${post.id}`}>
                  <h2 id={`post-${post.id}`} class="visually-hidden">{post.categoryLabel}の投稿</h2>
                  <PostMeta post={post} />
                  <PostBody post={post} />
                  <p class="post-actions">
                    <a href={`#/patients/${post.patientId}/posts/${post.id}`}>詳細・既読・版</a>
                    {post.read === false && (
                      <button type="button" class="link" onClick={() => markRead(post)}>既読にする</button>
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ol>
          {more.cursor && (
            <button type="button" class="more" onClick={next}>さらに表示</button>
          )}
        </>
      )}
    </PatientScreen>
  );
}
