// The API through the TypeScript client generated from the OpenAPI document (the app cannot drift from the
// contract: the build type-checks it against the generated types), with the access token of the session and what
// every screen shares about the API's answers: problems to show, a refused token, an expired password, a suspension.

import {
  AccountsApi,
  Configuration,
  PatientsApi,
  PortalApi,
  PostsApi,
  ResponseError,
  type ServiceStatus,
} from "@igetanet/api";
import { config } from "./config";
import { accessToken, expired } from "./auth/session";
import { Store } from "./store";

/** What the API refused, ready to show: Japanese title and detail, and the fields' own messages. */
export interface ApiProblem {
  /** 0 when the request never reached the API (offline). */
  status: number;
  code: string;
  title: string;
  detail: string;
  errors: { field: string; message: string }[];
}

/** The declared suspension of the network (§25), shown as a banner on every screen while it lasts. */
export const suspension = new Store<ServiceStatus | null>(null);
/** The password is past its maximum age (§6-4): only the password change screen can be used. */
export const passwordExpired = new Store<boolean>(false);
/** Whether the device has a network connection. */
export const online = new Store<boolean>(navigator.onLine);
window.addEventListener("online", () => online.set(true));
window.addEventListener("offline", () => online.set(false));

/**
 * How long the API's functions may keep answering from an account status read before a change (the template's
 * StatusCacheSeconds, at most 5 s), with a margin.
 */
const STATUS_AGE_MS = 6_000;
let passwordChangedAt = 0;

/** The password was just changed: the functions' cached status may still call it expired for a few seconds. */
export function notePasswordChanged(at = Date.now()) {
  passwordChangedAt = at;
  passwordExpired.set(false);
}

/** The client's settings: the API's address and the session's access token (src/clients/ makes the other clients). */
export const configuration = new Configuration({
  basePath: config.apiBase.replace(/\/+$/, ""),
  accessToken: async () => (await accessToken()) ?? "",
  middleware: [
    {
      post: async ({ response, fetch: send, url, init }) => {
        if (response.status === 401) {
          expired();
        } else if (response.status === 403 || response.status === 503) {
          const problem = await response.clone().json().catch(() => ({}));
          if (problem.code === "PASSWORD_EXPIRED") {
            const since = Date.now() - passwordChangedAt;
            if (since < STATUS_AGE_MS) {
              // an answer from before the change reached every function: ask again once it has
              await new Promise((resolve) => setTimeout(resolve, STATUS_AGE_MS - since));
              return send(url, init);
            }
            passwordExpired.set(true);
          } else if (problem.code === "SERVICE_SUSPENDED") {
            void checkServiceStatus();
          }
        }
        return response;
      },
    },
  ],
});

// The clients of what the first screens use; the others are made in src/clients/ by the screens that use them, so that
// their code loads with those screens.
export const accounts = new AccountsApi(configuration);
export const patients = new PatientsApi(configuration);
export const posts = new PostsApi(configuration);
export const portal = new PortalApi(configuration);

/** Reads the network's service status (public) and shows or clears the suspension banner. */
export async function checkServiceStatus() {
  try {
    const status = await portal.getServiceStatus({ network: config.network });
    suspension.set(status.state === "normal" ? null : status);
  } catch {
    // the banner stays as it was
  }
}

export const NOT_FOUND = "見つかりません（ケアチーム外を含む）";
const NOT_FOUND_DETAIL = "削除された、同意が撤回された、またはケアチームに加わっていない療養者・投稿は表示できません。";

/** The problem an API call failed with, ready to show. */
export async function problemOf(error: unknown): Promise<ApiProblem> {
  if (error instanceof ResponseError) {
    const response = error.response;
    let body: Record<string, unknown> = {};
    try {
      body = await response.clone().json();
    } catch {
      // not JSON: the status alone
    }
    if (response.status === 404) {
      return { status: 404, code: String(body.code ?? "NOT_FOUND"), title: NOT_FOUND, detail: NOT_FOUND_DETAIL, errors: [] };
    }
    if (response.status === 401) {
      return { status: 401, code: "UNAUTHORIZED", title: "サインインの有効期限が切れました", detail: "もう一度サインインしてください。入力中の内容はそのまま残ります。", errors: [] };
    }
    return {
      status: response.status,
      code: String(body.code ?? "ERROR"),
      title: String(body.title ?? `エラーが発生しました（${response.status}）`),
      detail: String(body.detail ?? "時間をおいてもう一度お試しください。"),
      errors: Array.isArray(body.errors) ? (body.errors as ApiProblem["errors"]) : [],
    };
  }
  return {
    status: 0,
    code: "OFFLINE",
    title: "通信できません",
    detail: "電波の届く場所でもう一度お試しください。",
    errors: [],
  };
}

/** A fresh Idempotency-Key: a retried POST with the same key is answered once (DESIGN.md §7). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
