// Hash routes (#/patients/…): the app is one index.html in a bucket, so every address works without server rewrites,
// and the path never reaches a server log or a referrer.

import { Store, useStore } from "./store";

export interface Route {
  /** The path after '#', e.g. /patients/01K…/posts/01K… */
  path: string;
  /** The query after the path, e.g. category=vitals */
  query: URLSearchParams;
}

function current(): Route {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?", 2);
  return { path: path || "/", query: new URLSearchParams(query) };
}

const route = new Store<Route>(current());
window.addEventListener("hashchange", () => route.set(current()));

export function useRoute(): Route {
  return useStore(route);
}

export function navigate(path: string) {
  if (location.hash !== `#${path}`) {
    location.hash = path;
  } else {
    route.set(current());
  }
}

/** The parameters of a pattern such as /patients/:id when the path matches it; null otherwise. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const have = path.split("/");
  if (want.length !== have.length) {
    return null;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(":")) {
      params[want[i].slice(1)] = decodeURIComponent(have[i]);
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}
