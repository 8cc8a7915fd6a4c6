// Cognito's user pool API, called straight from the browser (sign-in never goes through our API): the JSON protocol
// that every SDK speaks, without the SDK. USER_PASSWORD_AUTH is the flow (cognito-local has no SRP; the app client
// allows it, see template.yaml).

import { config } from "../config";

export interface Tokens {
  accessToken: string;
  idToken: string;
  /** Absent after a refresh: Cognito answers a refresh with new access and ID tokens only. */
  refreshToken?: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

/** What Cognito answered a sign-in step with: tokens, or the next challenge. */
export type SignInStep =
  | { kind: "signedIn"; tokens: Tokens }
  | { kind: "newPassword"; username: string; session: string }
  | { kind: "totp"; username: string; session: string }
  | { kind: "mfaSetup"; username: string; session: string };

/** A refusal by Cognito: its error type (e.g. NotAuthorizedException) and status. */
export class CognitoError extends Error {
  constructor(readonly type: string, message: string, readonly status: number) {
    super(message || type);
  }
}

interface AuthAnswer {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: { AccessToken: string; IdToken: string; RefreshToken?: string; ExpiresIn: number };
}

async function call<T>(operation: string, body: object): Promise<T> {
  let response: Response;
  try {
    response = await fetch(config.cognitoEndpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new CognitoError("NetworkError", "", 0);
  }
  const text = await response.text();
  let answer: Record<string, unknown> = {};
  try {
    answer = text ? JSON.parse(text) : {};
  } catch {
    // a gateway's HTML error page: the status says enough
  }
  if (!response.ok) {
    const raw = String(answer.__type ?? response.headers.get("x-amzn-errortype") ?? "UnknownError");
    const type = raw.split("#").pop()!.split(":")[0];
    throw new CognitoError(type, String(answer.message ?? answer.Message ?? ""), response.status);
  }
  return answer as T;
}

function step(username: string, answer: AuthAnswer): SignInStep {
  if (answer.AuthenticationResult) {
    const result = answer.AuthenticationResult;
    return {
      kind: "signedIn",
      tokens: { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken, expiresIn: result.ExpiresIn },
    };
  }
  const session = answer.Session ?? "";
  const name = answer.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
  switch (answer.ChallengeName) {
    case "NEW_PASSWORD_REQUIRED":
      return { kind: "newPassword", username: name, session };
    case "SOFTWARE_TOKEN_MFA":
      return { kind: "totp", username: name, session };
    case "MFA_SETUP":
      return { kind: "mfaSetup", username: name, session };
    default:
      throw new CognitoError("UnsupportedChallenge", answer.ChallengeName ?? "", 200);
  }
}

export async function signIn(username: string, password: string): Promise<SignInStep> {
  const answer = await call<AuthAnswer>("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: config.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  return step(username, answer);
}

function respond(username: string, session: string, challenge: string, responses: Record<string, string>) {
  return call<AuthAnswer>("RespondToAuthChallenge", {
    ClientId: config.clientId,
    ChallengeName: challenge,
    Session: session,
    ChallengeResponses: { USERNAME: username, ...responses },
  }).then((answer) => step(username, answer));
}

export function setNewPassword(username: string, session: string, password: string): Promise<SignInStep> {
  return respond(username, session, "NEW_PASSWORD_REQUIRED", { NEW_PASSWORD: password });
}

export function answerTotp(username: string, session: string, code: string): Promise<SignInStep> {
  return respond(username, session, "SOFTWARE_TOKEN_MFA", { SOFTWARE_TOKEN_MFA_CODE: code });
}

/** Ends an MFA_SETUP challenge once the authenticator is verified with the challenge's session. */
export function finishMfaSetup(username: string, session: string): Promise<SignInStep> {
  return respond(username, session, "MFA_SETUP", {});
}

/**
 * Starts enrolling an authenticator app: with the access token of a signed-in user, or with the session of an
 * MFA_SETUP challenge (where the pool requires two factors). Answers the shared secret and, for a challenge, the
 * session to verify with.
 */
export async function associateAuthenticator(by: { accessToken: string } | { session: string }) {
  const answer = await call<{ SecretCode: string; Session?: string }>("AssociateSoftwareToken",
    "accessToken" in by ? { AccessToken: by.accessToken } : { Session: by.session });
  return { secret: answer.SecretCode, session: answer.Session };
}

/** Checks a code of the newly enrolled authenticator; answers the session that continues an MFA_SETUP challenge. */
export async function verifyAuthenticator(by: { accessToken: string } | { session: string }, code: string, deviceName: string) {
  const answer = await call<{ Status: string; Session?: string }>("VerifySoftwareToken", {
    ...("accessToken" in by ? { AccessToken: by.accessToken } : { Session: by.session }),
    UserCode: code,
    FriendlyDeviceName: deviceName,
  });
  if (answer.Status !== "SUCCESS") {
    throw new CognitoError("CodeMismatchException", "", 400);
  }
  return answer.Session;
}

/** Makes the verified authenticator the second factor of every later sign-in. */
export function requireAuthenticator(accessToken: string) {
  return call<object>("SetUserMFAPreference", {
    AccessToken: accessToken,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
}

/** Whether the signed-in user signs in with an authenticator app. */
export async function usesAuthenticator(accessToken: string): Promise<boolean> {
  const user = await call<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>("GetUser", { AccessToken: accessToken });
  return (user.UserMFASettingList ?? []).includes("SOFTWARE_TOKEN_MFA");
}

export async function refresh(refreshToken: string): Promise<Tokens> {
  const answer = await call<AuthAnswer>("InitiateAuth", {
    AuthFlow: "REFRESH_TOKEN_AUTH",
    ClientId: config.clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  const result = answer.AuthenticationResult;
  if (!result) {
    throw new CognitoError("NotAuthorizedException", "", 400);
  }
  return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken ?? refreshToken, expiresIn: result.ExpiresIn };
}

/** Revokes this device's refresh token (sign-out here). */
export function revoke(refreshToken: string) {
  return call<object>("RevokeToken", { Token: refreshToken, ClientId: config.clientId });
}

/** Signs the user out on every device: every refresh token and access token of the user stops working. */
export function signOutEverywhere(accessToken: string) {
  return call<object>("GlobalSignOut", { AccessToken: accessToken });
}
