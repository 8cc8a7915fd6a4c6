// Enrolment of an authenticator app (TOTP): Cognito gives a shared secret (AssociateSoftwareToken), the app shows it
// as a QR code and as text, and a first code from the app confirms it (VerifySoftwareToken). Works with the access
// token of a signed-in user (the "two-factor" setting) or with the session of an MFA_SETUP sign-in challenge.

import { useEffect, useState } from "preact/hooks";
import * as cognito from "../auth/cognito";
import { Field } from "../ui/kit";
import { cognitoMessage } from "./SignIn";

const ISSUER = "いげたネット";

function otpauthUri(account: string, secret: string): string {
  const label = encodeURIComponent(`${ISSUER}:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(ISSUER)}&algorithm=SHA1&digits=6&period=30`;
}

/** The QR code of a text as SVG squares; the text is also shown for typing into the app by hand. */
function QrCode(props: { text: string }) {
  const [cells, setCells] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    import("qrcode-generator").then(({ default: qrcode }) => {
      const code = qrcode(0, "M");
      code.addData(props.text, "Byte");
      code.make();
      const size = code.getModuleCount();
      const grid = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => code.isDark(row, column)));
      if (live) {
        setCells(grid);
      }
    });
    return () => {
      live = false;
    };
  }, [props.text]);
  if (!cells) {
    return <div class="qr" aria-busy="true" />;
  }
  const size = cells.length + 8;
  const path = cells.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + 4} ${y + 4}h1v1h-1z` : ""))).join("");
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="認証アプリで読み取るQRコード" shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

export function AuthenticatorEnrolment(props: {
  by: { accessToken: string } | { session: string };
  account: string;
  onVerified: (session: string | undefined) => void | Promise<void>;
}) {
  const [secret, setSecret] = useState<{ secret: string; session?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    cognito.associateAuthenticator(props.by).then(setSecret, (failure) => setError(cognitoMessage(failure)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function verify(event: Event) {
    event.preventDefault();
    if (!secret) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const by = "accessToken" in props.by ? props.by : { session: secret.session ?? props.by.session };
      const session = await cognito.verifyAuthenticator(by, code.replace(/\s/g, ""), "いげたネット");
      await props.onVerified(session);
    } catch (failure) {
      setError(cognitoMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!secret) {
    return error ? <p class="problem" role="alert">{error}</p> : <p class="loading" role="status" aria-busy="true">準備中…</p>;
  }
  return (
    <form class="enrolment" onSubmit={verify}>
      <ol class="steps">
        <li>認証アプリで「QRコードをスキャン」を選び、このQRコードを読み取ってください。</li>
        <li>読み取れないときは、次のキーを手入力してください（時間ベース）。</li>
      </ol>
      <QrCode text={otpauthUri(props.account, secret.secret)} />
      <p class="secret">
        キー：<code data-testid="totp-secret">{secret.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      {error && <p class="problem" role="alert">{error}</p>}
      <Field label="認証アプリに表示された確認コード（6桁）" required>
        {({ id }) => (
          <input id={id} name="totp-verify" inputMode="numeric" autoComplete="one-time-code" maxLength={7} required
            value={code} onInput={(event) => setCode(event.currentTarget.value)} />
        )}
      </Field>
      <button class="primary" type="submit" disabled={busy}>
        {busy ? "確認中…" : "確認して設定を完了"}
      </button>
    </form>
  );
}
