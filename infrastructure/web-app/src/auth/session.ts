// The signed-in session: Cognito's tokens in this tab's sessionStorage only (never localStorage, cookies or
// IndexedDB), so that closing the tab or signing out leaves nothing on the device (§19, §21). The access token is
// refreshed shortly before it expires; a refresh that fails ends the session as "expired", which asks for the
// password again without leaving the screen, so that a draft is not lost.

import * as cognito from "./cognito";
import { Store } from "../store";

const KEY = "igetanet.session";
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

interface Stored {
  username: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

export type SessionState =
  /** With a notice for the sign-in screen when signing out did not go as asked. */
  | { status: "signedOut"; notice?: string }
  | { status: "signedIn"; username: string }
  /** The tokens stopped working (401, or a failed refresh): sign in again as the same user, the screen stays. */
  | { status: "expired"; username: string };

function read(): Stored | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as Stored) : null;
  } catch {
    return null;
  }
}

let stored = read();
let refreshing: Promise<string | null> | null = null;

export const session = new Store<SessionState>(stored ? { status: "signedIn", username: stored.username } : { status: "signedOut" });

/** When the access token expires: its exp claim (cognito-local leaves ExpiresIn out of some answers). */
function expiryOf(tokens: cognito.Tokens): number {
  try {
    const payload = tokens.accessToken.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const exp = Number(JSON.parse(atob(payload)).exp);
    if (Number.isFinite(exp)) {
      return exp * 1000;
    }
  } catch {
    // not a JWT we can read: fall back to what Cognito said
  }
  return Date.now() + (Number(tokens.expiresIn) || 300) * 1000;
}

/** Starts a session with the tokens of a finished sign-in. */
export function begin(username: string, tokens: cognito.Tokens) {
  stored = {
    username,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: expiryOf(tokens),
  };
  sessionStorage.setItem(KEY, JSON.stringify(stored));
  session.set({ status: "signedIn", username });
}

/** The access token for a request, refreshed first when it is about to expire; null when there is none. */
export async function accessToken(): Promise<string | null> {
  if (!stored) {
    return null;
  }
  if (stored.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
    return stored.accessToken;
  }
  refreshing ??= renew().finally(() => (refreshing = null));
  return refreshing;
}

async function renew(): Promise<string | null> {
  const current = stored;
  if (!current?.refreshToken) {
    expired();
    return null;
  }
  try {
    const tokens = await cognito.refresh(current.refreshToken);
    begin(current.username, { ...tokens, refreshToken: tokens.refreshToken ?? current.refreshToken });
    return tokens.accessToken;
  } catch (error) {
    if (error instanceof cognito.CognitoError && error.status === 0) {
      // offline: keep the token, the request will fail as offline and be retried
      return current.accessToken;
    }
    expired();
    return null;
  }
}

/** The API refused the token (401): the user signs in again as the same user. */
export function expired() {
  const state = session.get();
  if (state.status === "signedIn") {
    stored = null;
    sessionStorage.removeItem(KEY);
    session.set({ status: "expired", username: state.username });
  }
}

/**
 * Signs out: revokes this device's refresh token, or with {@code everywhere} every token of the user on every
 * device, then forgets everything this tab kept. Answers whether Cognito confirmed the sign-out everywhere.
 */
export async function signOut(everywhere = false): Promise<boolean> {
  const current = stored;
  let confirmed = true;
  if (current) {
    try {
      if (everywhere) {
        await cognito.signOutEverywhere(current.accessToken);
      } else if (current.refreshToken) {
        await cognito.revoke(current.refreshToken);
      }
    } catch {
      confirmed = false;
      if (everywhere && current.refreshToken) {
        // at least this device's refresh token ends
        await cognito.revoke(current.refreshToken).catch(() => undefined);
      }
    }
  }
  stored = null;
  // drafts and anything else this tab kept go with the session
  sessionStorage.clear();
  session.set(confirmed ? { status: "signedOut" } : {
    status: "signedOut",
    notice: "この端末はサインアウトしましたが、他の端末のサインアウトを確認できませんでした。端末を紛失したときは、所属施設の施設責任者と事務局に連絡してください。",
  });
  return confirmed;
}

/** The signed-in user's name in Cognito (the user id). */
export function currentUser(): string | null {
  const state = session.get();
  return state.status === "signedOut" ? null : state.username;
}
