// One post: its current version, every earlier version (a correction keeps the original visible), who has read it,
// and for its author the way to correct it. Opening it marks it read for the caller.

import { useEffect } from "preact/hooks";
import { posts } from "../api";
import { currentUser } from "../auth/session";
import { formatDateTime, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";
import { PostBody, PostMeta, ReaderList } from "../ui/postView";

export function PostDetail(props: { patientId: string; postId: string }) {
  const post = useLoad(() => posts.getPost({ patientId: props.patientId, postId: props.postId }), [props.patientId, props.postId]);
  const readers = useLoad(async () => {
    await posts.markRead({ patientId: props.patientId, postId: props.postId }).catch(() => undefined);
    return posts.readers({ patientId: props.patientId, postId: props.postId });
  }, [props.patientId, props.postId]);

  useEffect(() => {
    if (post.problem?.status === 404) {
      document.title = "見つかりません - いげたネット";
    }
  }, [post.problem]);

  const back = { href: `#/patients/${props.patientId}`, label: "記録に戻る" };
  if (!post.data) {
    return (
      <Screen title={post.problem?.title ?? "投稿"} back={back}>
        {post.loading ? <Loading /> : <ProblemBox problem={post.problem} />}
      </Screen>
    );
  }
  const data = post.data;
  const mine = data.authorId === currentUser();
  return (
    <Screen title={`${data.categoryLabel}の投稿`} back={back}
      actions={mine ? <a class="button" href={`#/patients/${props.patientId}/posts/${props.postId}/correct`}>訂正する</a> : undefined}>
      <article class="card post">
        <PostMeta post={data} />
        <PostBody post={data} />
      </article>

      <section aria-labelledby="readers-title">
        <h2 id="readers-title">既読</h2>
        {readers.loading && <Loading />}
        <ProblemBox problem={readers.problem} />
        {readers.data && <ReaderList readers={readers.data.items} />}
      </section>

      {data.history && data.history.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">以前の版</h2>
          <p class="hint">訂正前の内容も記録に残り、ケアチームの全員が見られます。</p>
          <ol class="history">
            {data.history.map((version) => (
              <li key={version.version}>
                <article class="card post post-old">
                  <p class="post-meta">
                    <span>第{version.version}版</span>
                    <time dateTime={version.versionAt.toISOString()}>{formatDateTime(version.versionAt, true)}</time>
                  </p>
                  <PostBody post={version} />
                  {version.correction && (
                    <p class="correction">
                      {formatDateTime(version.correction.correctedAt, true)}に{version.correction.correctedBy}が訂正。理由：{version.correction.reason}
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ol>
        </section>
      )}
    </Screen>
  );
}
