// A newly issued user's first day, in the app: the temporary password, the new password (the pool's policy shown,
// a weak one refused beside its field), the empty patient list, enrolling an authenticator app from its QR code
// (AssociateSoftwareToken, VerifySoftwareToken), and every later sign-in asking for its code (SOFTWARE_TOKEN_MFA);
// signing out everywhere ends the session on this device even where Cognito cannot confirm the rest.
// Environment: NEW_USER and TEMPORARY_PASSWORD, a user issued for this run (WebAppIT does).

import { assert, assertNoScriptErrors, newPage, PHONE, run } from "../browser.mjs";
import { APP_URL, checkBothSizes, go, openApp, settledApp, totpCode } from "./kit.mjs";

const USER = process.env.NEW_USER;
const TEMPORARY = process.env.TEMPORARY_PASSWORD;
if (!USER || !TEMPORARY) {
  console.error("NEW_USER and TEMPORARY_PASSWORD are required (an issued user that has never signed in)");
  process.exit(2);
}
const PASSWORD = `Hajimete-${Date.now() % 100000}-Ok`;

/**
 * What this tab keeps where a lost phone would keep it: nothing in localStorage, cookies or IndexedDB, and in the
 * service worker's cache only the app's own shell (its page, settings and content-hashed code), never an API answer.
 */
async function assertNothingPersisted(page) {
  const kept = await page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        cached.push(request.url);
      }
    }
    return {
      localStorage: localStorage.length,
      cookies: document.cookie,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
      cached,
    };
  });
  const { cached, ...stores } = kept;
  assert.deepEqual(stores, { localStorage: 0, cookies: "", databases: 0 }, "nothing is kept on the device beyond the tab's session");
  const notShell = cached.filter((url) => {
    const address = new URL(url);
    return address.origin !== new URL(APP_URL).origin
      || !(address.pathname === "/" || address.pathname === "/config.js" || address.pathname.startsWith("/assets/"));
  });
  assert.deepEqual(notShell, [], "the service worker keeps only the app's shell");
}

let secret;

await run([
  ["the temporary password leads to the new password, whose policy is explained and checked", async (browser) => {
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await checkBothSizes(page, "sign-in");
    await page.getByLabel("ユーザーID").fill(USER);
    await page.getByLabel("パスワード", { exact: true }).fill(TEMPORARY);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { name: "新しいパスワードの設定" }).waitFor();
    const policy = await page.getByText("12文字以上で、英大文字・英小文字・数字").first().isVisible();
    assert.ok(policy, "the pool's password policy is explained");
    await checkBothSizes(page, "new-password");

    await page.getByLabel("新しいパスワード", { exact: true }).fill("tooweak");
    await page.getByLabel("新しいパスワード（確認）").fill("tooweak");
    await page.getByRole("button", { name: "設定してサインイン" }).click();
    const refused = page.locator(".field-error").first();
    assert.equal(await refused.innerText(), "12文字以上にしてください。");
    const describedBy = await page.getByLabel("新しいパスワード", { exact: true }).getAttribute("aria-describedby");
    assert.ok(describedBy.includes(await refused.getAttribute("id")), "the message is tied to its field");

    await page.getByLabel("新しいパスワード", { exact: true }).fill(PASSWORD);
    await page.getByLabel("新しいパスワード（確認）").fill(PASSWORD);
    await page.getByRole("button", { name: "設定してサインイン" }).click();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    // a new user has no patients yet
    await page.getByText("担当の療養者はまだいません").waitFor();
    await assertNothingPersisted(page);
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["the user enrols an authenticator app from its QR code", async (browser) => {
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await page.getByLabel("ユーザーID").fill(USER);
    await page.getByLabel("パスワード", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await go(page, "/me");
    await page.getByText("二要素認証が設定されていません").waitFor();
    await checkBothSizes(page, "me");
    await page.getByRole("link", { name: "二要素認証を設定" }).click();
    await page.getByRole("img", { name: "認証アプリで読み取るQRコード" }).waitFor();
    secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    assert.match(secret, /^[A-Z2-7]{16,}$/, "the shared secret is shown for typing by hand");
    await checkBothSizes(page, "two-factor");

    await page.getByLabel("認証アプリに表示された確認コード（6桁）").fill(totpCode(secret).startsWith("0") ? "111111" : "000000");
    await page.getByRole("button", { name: "確認して設定を完了" }).click();
    await page.getByText("確認コードが正しくありません").waitFor();
    await page.getByLabel("認証アプリに表示された確認コード（6桁）").fill(totpCode(secret));
    await page.getByRole("button", { name: "確認して設定を完了" }).click();
    await page.getByText("設定しました。次回からのサインインでは").waitFor();
    await go(page, "/me");
    await page.getByText("認証アプリの確認コードでサインインしています").waitFor();
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["every later sign-in asks for the authenticator's code, and a wrong one is refused", async (browser) => {
    assert.ok(secret, "the enrolment before this check gave a secret");
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await page.getByLabel("ユーザーID").fill(USER);
    await page.getByLabel("パスワード", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { name: "確認コードの入力" }).waitFor();
    await checkBothSizes(page, "totp");
    await page.getByLabel("確認コード（6桁）").fill(totpCode(secret) === "123456" ? "654321" : "123456");
    await page.getByRole("button", { name: "確認" }).click();
    await page.getByText("確認コードが正しくありません").waitFor();
    await page.getByLabel("確認コード（6桁）").fill(totpCode(secret));
    await page.getByRole("button", { name: "確認" }).click();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await assertNothingPersisted(page);

    // signing out on every device: this one at least, and the user is told what Cognito could not confirm
    await go(page, "/me");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "すべての端末でサインアウト" }).click();
    await page.getByRole("heading", { name: "サインイン" }).waitFor();
    const stored = await page.evaluate(() => sessionStorage.length);
    assert.equal(stored, 0, "nothing of the session is left in the tab");
    const notice = await page.locator(".notice").innerText().catch(() => "");
    const globalSignOut = notice.includes("他の端末のサインアウトを確認できませんでした");
    console.log(`  GlobalSignOut ${globalSignOut ? "not confirmed by this Cognito (cognito-local answers 500): the user is told" : "confirmed"}`);
    await page.reload();
    await page.getByRole("heading", { name: "サインイン" }).waitFor();
    assertNoScriptErrors(page);
    await page.context().close();
  }],
]);
