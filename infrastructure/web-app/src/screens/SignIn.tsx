// Sign-in with Cognito, step by step: user ID and password; the first sign-in's new password (the pool's policy
// explained); the authenticator's code; and, where the pool requires two factors and none is enrolled yet
// (MFA_SETUP), enrolment of an authenticator app with a QR code. Also used, with a fixed user, to sign in again
// when the session has expired: the screen underneath (and its draft) stays.

import { useState } from "preact/hooks";
import * as cognito from "../auth/cognito";
import { begin } from "../auth/session";
import { Field } from "../ui/kit";
import { AuthenticatorEnrolment } from "./Authenticator";

export const PASSWORD_POLICY = "12文字以上で、英大文字・英小文字・数字をそれぞれ1文字以上含めてください（記号も使えます）。";

/** The pool's policy (template.yaml: 12 characters, upper and lower case letters, digits), checked before sending. */
export function passwordPolicyProblem(password: string): string | undefined {
  if (password.length < 12) {
    return "12文字以上にしてください。";
  }
  if (!/[A-Z]/.test(password) || !/[a-z]/.test(password) || !/[0-9]/.test(password)) {
    return "英大文字・英小文字・数字をそれぞれ1文字以上含めてください。";
  }
  return undefined;
}

/** Cognito's refusal in plain Japanese. */
export function cognitoMessage(error: unknown): string {
  if (!(error instanceof cognito.CognitoError)) {
    return "サインインできませんでした。もう一度お試しください。";
  }
  switch (error.type) {
    case "NetworkError":
      return "通信できません。電波の届く場所でもう一度お試しください。";
    case "NotAuthorizedException":
    case "UserNotFoundException":
      return "ユーザーIDまたはパスワードが正しくありません。";
    case "InvalidPasswordException":
      return `パスワードが条件を満たしていません。${PASSWORD_POLICY}`;
    case "CodeMismatchException":
    case "EnableSoftwareTokenMFAException":
      return "確認コードが正しくありません。認証アプリに表示されている6桁の数字を入力してください。";
    case "ExpiredCodeException":
      return "確認コードの有効期限が切れました。新しいコードを入力してください。";
    case "PasswordResetRequiredException":
      return "パスワードの再設定が必要です。所属施設の施設責任者に仮パスワードの再発行を依頼してください。";
    case "UserNotConfirmedException":
      return "このユーザーIDはまだ使えません。所属施設の施設責任者にお問い合わせください。";
    case "TooManyRequestsException":
    case "LimitExceededException":
    case "TooManyFailedAttemptsException":
      return "試行回数が上限に達しました。しばらく時間をおいてからお試しください。";
    default:
      return "サインインできませんでした。時間をおいてもう一度お試しください。";
  }
}

type Step = { kind: "password" } | cognito.SignInStep;

export function SignIn(props: { username?: string; reason?: string; notice?: string }) {
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function advance(action: () => Promise<cognito.SignInStep>, username: string) {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      if (next.kind === "signedIn") {
        begin(username, next.tokens);
      } else {
        setStep(next);
      }
    } catch (failure) {
      setError(cognitoMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="signin">
      <div class="signin-card">
        <p class="brand-large" aria-hidden="true">
          いげたネット
        </p>
        {step.kind === "password" && (
          <PasswordStep fixedUser={props.username} reason={props.reason ?? props.notice} busy={busy} error={error}
            onSubmit={(username, password) => advance(() => cognito.signIn(username, password), username)} />
        )}
        {step.kind === "newPassword" && (
          <NewPasswordStep username={step.username} busy={busy} error={error}
            onSubmit={(password) => advance(() => cognito.setNewPassword(step.username, step.session, password), step.username)} />
        )}
        {step.kind === "totp" && (
          <TotpStep busy={busy} error={error}
            onSubmit={(code) => advance(() => cognito.answerTotp(step.username, step.session, code), step.username)} />
        )}
        {step.kind === "mfaSetup" && (
          <>
            <h1>二要素認証の設定</h1>
            <p>いげたネットでは、パスワードに加えて認証アプリの確認コードでサインインします。スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）で設定してください。</p>
            <AuthenticatorEnrolment by={{ session: step.session }} account={step.username}
              onVerified={(session) => advance(() => cognito.finishMfaSetup(step.username, session ?? step.session), step.username)} />
          </>
        )}
      </div>
    </div>
  );
}

function PasswordStep(props: { fixedUser?: string; reason?: string; busy: boolean; error: string | null; onSubmit: (username: string, password: string) => void }) {
  const [username, setUsername] = useState(props.fixedUser ?? "");
  const [password, setPassword] = useState("");
  return (
    <form onSubmit={(event) => { event.preventDefault(); props.onSubmit(username.trim(), password); }}>
      <h1>{props.fixedUser ? "もう一度サインイン" : "サインイン"}</h1>
      {props.reason && <p class="notice" role="status">{props.reason}</p>}
      {props.error && <p class="problem" role="alert">{props.error}</p>}
      <Field label="ユーザーID" required>
        {({ id }) => (
          <input id={id} name="username" autoComplete="username" autoCapitalize="none" spellcheck={false} required
            value={username} readOnly={Boolean(props.fixedUser)} onInput={(event) => setUsername(event.currentTarget.value)} />
        )}
      </Field>
      <Field label="パスワード" required>
        {({ id }) => (
          <input id={id} name="password" type="password" autoComplete="current-password" required
            value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
        )}
      </Field>
      <button class="primary" type="submit" disabled={props.busy}>
        {props.busy ? "確認中…" : "サインイン"}
      </button>
      {!props.fixedUser && (
        <p class="hint">ユーザーIDとパスワードは所属施設の施設責任者から受け取ってください。パスワードを忘れたときも施設責任者に再発行を依頼してください。</p>
      )}
    </form>
  );
}

function NewPasswordStep(props: { username: string; busy: boolean; error: string | null; onSubmit: (password: string) => void }) {
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<{ password?: string; again?: string }>({});
  function submit(event: Event) {
    event.preventDefault();
    const policy = passwordPolicyProblem(password);
    const mismatch = password !== again ? "確認のため、同じパスワードをもう一度入力してください。" : undefined;
    setProblem({ password: policy, again: mismatch });
    if (!policy && !mismatch) {
      props.onSubmit(password);
    }
  }
  return (
    <form onSubmit={submit} noValidate>
      <h1>新しいパスワードの設定</h1>
      <p>初めてのサインインです。受け取った仮パスワードに代えて、ご自身だけが知る新しいパスワードを設定してください。</p>
      {/* for password managers: the user whose password this is */}
      <input type="text" name="username" autoComplete="username" value={props.username} readOnly hidden />
      {props.error && <p class="problem" role="alert">{props.error}</p>}
      <Field label="新しいパスワード" hint={PASSWORD_POLICY} error={problem.password} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="new-password" type="password" autoComplete="new-password" required aria-describedby={describedBy}
            aria-invalid={invalid} value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
        )}
      </Field>
      <Field label="新しいパスワード（確認）" error={problem.again} required>
        {({ id, describedBy, invalid }) => (
          <input id={id} name="new-password-again" type="password" autoComplete="new-password" required aria-describedby={describedBy}
            aria-invalid={invalid} value={again} onInput={(event) => setAgain(event.currentTarget.value)} />
        )}
      </Field>
      <p class="hint">パスワードは他人に教えず、紙に書いて端末に貼るなどしないでください（利用規約第19条）。有効期限が近づくと変更をお願いします。</p>
      <button class="primary" type="submit" disabled={props.busy}>
        {props.busy ? "設定中…" : "設定してサインイン"}
      </button>
    </form>
  );
}

function TotpStep(props: { busy: boolean; error: string | null; onSubmit: (code: string) => void }) {
  const [code, setCode] = useState("");
  return (
    <form onSubmit={(event) => { event.preventDefault(); props.onSubmit(code.replace(/\s/g, "")); }}>
      <h1>確認コードの入力</h1>
      <p>認証アプリに表示されている6桁の確認コードを入力してください。</p>
      {props.error && <p class="problem" role="alert">{props.error}</p>}
      <Field label="確認コード（6桁）" required>
        {({ id }) => (
          <input id={id} name="totp" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={7} required
            value={code} onInput={(event) => setCode(event.currentTarget.value)} />
        )}
      </Field>
      <button class="primary" type="submit" disabled={props.busy}>
        {props.busy ? "確認中…" : "確認"}
      </button>
    </form>
  );
}
