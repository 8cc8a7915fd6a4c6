// Posts on their way: what the composer is writing (kept while typing) and what was sent but not yet answered
// (the outbox). Both live in this tab's sessionStorage only, so they survive a reload or a sign-in again but not the
// end of the session (§19, §21). Each post in the outbox keeps its Idempotency-Key: sending it again after a lost
// answer never posts twice, and it is sent again when the network returns or the user has signed in again.

import { useEffect } from "preact/hooks";
import type { Post, PostCorrection, PostCreation } from "@igetanet/api";
import { online, posts, problemOf, type ApiProblem } from "./api";
import { session } from "./auth/session";
import { Store, useStore } from "./store";

const OUTBOX = "igetanet.outbox";
const DRAFT = "igetanet.draft.";
const RETRY_MS = 20_000;

export interface Outgoing {
  /** The Idempotency-Key, also the entry's id. */
  key: string;
  patientId: string;
  /** The corrected post; absent for a new post. */
  correcting?: string;
  body: PostCreation | PostCorrection;
  queuedAt: number;
}

function load(): Outgoing[] {
  try {
    return JSON.parse(sessionStorage.getItem(OUTBOX) ?? "[]") as Outgoing[];
  } catch {
    return [];
  }
}

export const outbox = new Store<Outgoing[]>(load());
/** Posts the outbox delivered in the background whose answer carries duplicate-medication warnings. */
export const deliveredWithWarnings = new Store<Post[]>([]);

function save(items: Outgoing[]) {
  if (items.length === 0) {
    sessionStorage.removeItem(OUTBOX);
  } else {
    sessionStorage.setItem(OUTBOX, JSON.stringify(items));
  }
  outbox.set(items);
}

function remove(key: string) {
  save(load().filter((item) => item.key !== key));
}

/** What sending answered: the post, or a refusal to show (the entry leaves the outbox), or "still waiting". */
export type Delivery = { kind: "sent"; post: Post } | { kind: "refused"; problem: ApiProblem } | { kind: "waiting"; problem: ApiProblem };

function deliver(item: Outgoing): Promise<Post> {
  return item.correcting
    ? posts.correctPost({ patientId: item.patientId, postId: item.correcting, postCorrection: item.body as PostCorrection, idempotencyKey: item.key })
    : posts.createPost({ patientId: item.patientId, postCreation: item.body as PostCreation, idempotencyKey: item.key });
}

/** Whether an answer means the same request may succeed later: offline, expired session, suspension, server trouble. */
function worthRetrying(problem: ApiProblem): boolean {
  return problem.status === 0 || problem.status === 401 || problem.status === 429 || problem.status >= 500;
}

/** Sends one post now; it stays in the outbox until the API has answered it either way. */
export async function send(item: Outgoing): Promise<Delivery> {
  if (!load().some((queued) => queued.key === item.key)) {
    save([...load(), item]);
  }
  try {
    const post = await deliver(item);
    remove(item.key);
    dropDraftsOf(item.key);
    return { kind: "sent", post };
  } catch (error) {
    const problem = await problemOf(error);
    if (worthRetrying(problem)) {
      return { kind: "waiting", problem };
    }
    remove(item.key);
    return { kind: "refused", problem };
  }
}

let flushing = false;

/** Sends everything in the outbox once, oldest first. */
export async function flush() {
  if (flushing || session.get().status !== "signedIn") {
    return;
  }
  flushing = true;
  try {
    for (const item of load()) {
      const delivery = await send(item);
      if (delivery.kind === "sent" && delivery.post.medicationWarnings?.length) {
        deliveredWithWarnings.set([...deliveredWithWarnings.get(), delivery.post]);
      }
      if (delivery.kind === "waiting") {
        break;
      }
    }
  } finally {
    flushing = false;
  }
}

/** Forgets the composer's draft that a delivered post came from, wherever the user is now. */
function dropDraftsOf(key: string) {
  for (let index = sessionStorage.length - 1; index >= 0; index--) {
    const name = sessionStorage.key(index);
    if (name?.startsWith(DRAFT) && (readDraft<{ key?: string }>(name.slice(DRAFT.length))?.key === key)) {
      sessionStorage.removeItem(name);
    }
  }
}

/** The composer's unsent text and fields, per patient and post. */
export function readDraft<T>(name: string): T | null {
  try {
    const text = sessionStorage.getItem(DRAFT + name);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function writeDraft(name: string, value: unknown) {
  sessionStorage.setItem(DRAFT + name, JSON.stringify(value));
}

export function dropDraft(name: string) {
  sessionStorage.removeItem(DRAFT + name);
}

/** The outbox's line at the bottom of every screen, and its retries. */
export function Outbox() {
  const items = useStore(outbox);
  const connected = useStore(online);
  const state = useStore(session);
  const warned = useStore(deliveredWithWarnings);

  useEffect(() => {
    if (connected && state.status === "signedIn") {
      void flush();
    }
  }, [connected, state.status]);
  useEffect(() => {
    if (items.length === 0) {
      return;
    }
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [items.length]);

  return (
    <>
      {items.length > 0 && (
        <div class="outbox" role="status">
          <span>未送信の投稿が{items.length}件あります。通信が戻ると自動で送信します。</span>
          <button type="button" onClick={() => void flush()}>
            今すぐ送信
          </button>
        </div>
      )}
      {warned.length > 0 && (
        <div class="outbox outbox-warning" role="alert">
          <span>送信した投稿に薬剤の重複の注意があります。</span>
          <a href={`#/patients/${warned[0].patientId}/posts/${warned[0].id}`} onClick={() => deliveredWithWarnings.set(warned.slice(1))}>
            確認する
          </a>
        </div>
      )}
    </>
  );
}
