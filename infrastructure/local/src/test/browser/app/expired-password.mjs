// A password past its maximum age (§6-4, §19-4): the API answers 403 PASSWORD_EXPIRED to everything but /me and
// the password change, and the app goes straight to the password change; once changed, the app works again.
// Environment: EXPIRED_USER and EXPIRED_PASSWORD, a user whose password WebAppIT has aged.

import { assert, assertNoScriptErrors, newPage, PHONE, run } from "../browser.mjs";
import { checkBothSizes, openApp, settledApp } from "./kit.mjs";

const USER = process.env.EXPIRED_USER;
const PASSWORD = process.env.EXPIRED_PASSWORD;
if (!USER || !PASSWORD) {
  console.error("EXPIRED_USER and EXPIRED_PASSWORD are required");
  process.exit(2);
}

await run([
  ["an expired password is changed before anything else, then the app works again", async (browser) => {
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await page.getByLabel("ユーザーID").fill(USER);
    await page.getByLabel("パスワード", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { level: 1, name: "パスワードの変更" }).waitFor();
    await page.getByText("パスワードの有効期限が切れています").first().waitFor();
    await checkBothSizes(page, "password-expired");

    // the other screens stay behind the password change
    await page.getByRole("link", { name: "プロジェクト" }).click();
    await page.getByRole("heading", { level: 1, name: "パスワードの変更" }).waitFor();

    await page.getByLabel("現在のパスワード").fill("Wrong-Password-2026");
    await page.getByLabel("新しいパスワード", { exact: true }).fill(`${PASSWORD}-New`);
    await page.getByLabel("新しいパスワード（確認）").fill(`${PASSWORD}-New`);
    await page.getByRole("button", { name: "変更する" }).click();
    await page.locator(".problem[role=alert]").waitFor();

    await page.getByLabel("現在のパスワード").fill(PASSWORD);
    await page.getByRole("button", { name: "変更する" }).click();
    await page.getByText("パスワードを変更しました。").waitFor();
    await page.getByRole("link", { name: "担当の療養者へ" }).click();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await settledApp(page);
    assert.equal(await page.locator(".problem").count(), 0, "the patient list answers again");
    assertNoScriptErrors(page);
    await page.context().close();
  }],
]);
