// The signed-in user: profile and facility, the password's age with a warning before it expires (§6-4, §19-4), the
// password change, two-factor sign-in, and signing out here or on every device.

import { useRef, useState } from "preact/hooks";
import { accounts, notePasswordChanged, problemOf, type ApiProblem } from "../api";
import * as cognito from "../auth/cognito";
import { accessToken, currentUser, signOut } from "../auth/session";
import { navigate } from "../router";
import { Field, fieldMessage, formatDate, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";
import { AuthenticatorEnrolment } from "./Authenticator";
import { PASSWORD_POLICY, passwordPolicyProblem } from "./SignIn";

/** Warn this many days before the password expires. */
const WARN_DAYS = 14;

export function Me() {
  const me = useLoad(() => accounts.getMe(), []);
  const data = me.data;
  const daysLeft = data?.password.expiresAt ? Math.ceil((data.password.expiresAt.getTime() - Date.now()) / 86_400_000) : null;

  async function everywhere() {
    if (!window.confirm("すべての端末（このスマートフォン・PCを含む）でサインアウトします。よろしいですか？")) {
      return;
    }
    // the sign-in screen says so when Cognito could not confirm it
    await signOut(true);
    navigate("/");
  }

  return (
    <Screen title="設定">
      {me.loading && <Loading />}
      <ProblemBox problem={me.problem} />
      {data && (
        <>
          <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">利用者情報</h2>
            <dl class="facts">
              <div><dt>氏名</dt><dd>{data.name}（{data.kana}）</dd></div>
              <div><dt>ユーザーID</dt><dd>{data.userId}</dd></div>
              <div><dt>職種</dt><dd>{data.professionLabel}</dd></div>
              <div><dt>権限</dt><dd>{data.roleLabel}</dd></div>
              <div><dt>所属</dt><dd>{data.facility.name}（{data.facility.kindLabel}）</dd></div>
              <div><dt>同意した利用規約</dt><dd>{data.termsVersion}版</dd></div>
            </dl>
            <p class="hint">登録内容に変更があるときは、所属施設の施設責任者に届け出てください（利用規約第8条）。</p>
          </section>
          <section class="card" aria-labelledby="password-title">
            <h2 id="password-title">パスワード</h2>
            {data.password.expired ? (
              <p class="problem" role="alert">パスワードの有効期限が切れています。変更してください。</p>
            ) : daysLeft !== null && daysLeft <= WARN_DAYS ? (
              <p class="warning" role="status">パスワードの有効期限まであと{daysLeft}日です（{formatDate(data.password.expiresAt)}まで）。早めに変更してください。</p>
            ) : (
              data.password.expiresAt && <p>有効期限：{formatDate(data.password.expiresAt)}（{data.password.maxAgeDays}日ごとに変更）</p>
            )}
            <a class="button" href="#/me/password">パスワードを変更</a>
          </section>
          <section class="card" aria-labelledby="mfa-title">
            <h2 id="mfa-title">二要素認証</h2>
            <TwoFactorStatus />
          </section>
          <section class="card" aria-labelledby="signout-title">
            <h2 id="signout-title">サインアウト</h2>
            <div class="form-actions">
              <button type="button" onClick={() => signOut().then(() => navigate("/"))}>この端末でサインアウト</button>
              <button type="button" class="danger" onClick={everywhere}>すべての端末でサインアウト</button>
            </div>
            <p class="hint">端末を紛失したときは「すべての端末でサインアウト」を選び、施設責任者と事務局に報告してください（利用規約第21条）。</p>
          </section>
        </>
      )}
    </Screen>
  );
}

function TwoFactorStatus() {
  const status = useLoad(async () => cognito.usesAuthenticator((await accessToken()) ?? ""), []);
  if (status.loading) {
    return <Loading />;
  }
  if (status.data === null) {
    return <p>状態を確認できませんでした。</p>;
  }
  return status.data ? (
    <p>認証アプリの確認コードでサインインしています。</p>
  ) : (
    <>
      <p class="warning">二要素認証が設定されていません。パスワードが漏れても第三者がサインインできないよう、認証アプリを設定してください。</p>
      <a class="button" href="#/me/two-factor">二要素認証を設定</a>
    </>
  );
}

export function TwoFactor() {
  const token = useLoad(async () => (await accessToken()) ?? "", []);
  const [done, setDone] = useState(false);
  return (
    <Screen title="二要素認証の設定" back={{ href: "#/me", label: "設定" }}>
      {done ? (
        <p class="success" role="status">設定しました。次回からのサインインでは、パスワードのあとに認証アプリの確認コードを入力します。</p>
      ) : token.data ? (
        <>
          <p>スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）で設定します。</p>
          <AuthenticatorEnrolment by={{ accessToken: token.data }} account={currentUser() ?? ""}
            onVerified={async () => {
              await cognito.requireAuthenticator((await accessToken()) ?? "");
              setDone(true);
            }} />
        </>
      ) : (
        <Loading />
      )}
    </Screen>
  );
}

export function PasswordChange(props: { forced?: boolean }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [local, setLocal] = useState<{ next?: string; again?: string }>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const changedAt = useRef(0);

  async function submit(event: Event) {
    event.preventDefault();
    const policy = passwordPolicyProblem(next);
    const mismatch = next !== again ? "確認のため、同じパスワードをもう一度入力してください。" : undefined;
    setLocal({ next: policy, again: mismatch });
    if (policy || mismatch) {
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await accounts.changePassword({ passwordChange: { currentPassword: current, newPassword: next } });
      // an expired password's screen stays until the user moves on (the other screens wait behind it)
      setDone(true);
      changedAt.current = Date.now();
    } catch (error) {
      setProblem(await problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <Screen title="パスワードの変更" back={props.forced ? undefined : { href: "#/me", label: "設定" }}>
        <p class="success" role="status">パスワードを変更しました。</p>
        <a class="button" href="#/" onClick={() => { notePasswordChanged(changedAt.current); navigate("/"); }}>担当の療養者へ</a>
      </Screen>
    );
  }
  return (
    <Screen title="パスワードの変更" back={props.forced ? undefined : { href: "#/me", label: "設定" }}>
      {props.forced && (
        <p class="warning" role="alert">パスワードの有効期限が切れています。新しいパスワードを設定すると、いげたネットを続けて使えます（利用規約第19条）。</p>
      )}
      <form onSubmit={submit} noValidate>
        <ProblemBox problem={problem} />
        <Field label="現在のパスワード" required error={fieldMessage(problem, "currentPassword")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} name="current-password" type="password" autoComplete="current-password" aria-describedby={describedBy}
              aria-invalid={invalid} value={current} onInput={(event) => setCurrent(event.currentTarget.value)} />
          )}
        </Field>
        <Field label="新しいパスワード" required hint={PASSWORD_POLICY} error={local.next ?? fieldMessage(problem, "newPassword")}>
          {({ id, describedBy, invalid }) => (
            <input id={id} name="new-password" type="password" autoComplete="new-password" aria-describedby={describedBy}
              aria-invalid={invalid} value={next} onInput={(event) => setNext(event.currentTarget.value)} />
          )}
        </Field>
        <Field label="新しいパスワード（確認）" required error={local.again}>
          {({ id, describedBy, invalid }) => (
            <input id={id} name="new-password-again" type="password" autoComplete="new-password" aria-describedby={describedBy}
              aria-invalid={invalid} value={again} onInput={(event) => setAgain(event.currentTarget.value)} />
          )}
        </Field>
        <button class="primary" type="submit" disabled={busy}>{busy ? "変更中…" : "変更する"}</button>
      </form>
    </Screen>
  );
}
