// A declared suspension of the service (§25): the API answers 503 SERVICE_SUSPENDED, and the app shows the
// suspension banner with its reason and expected end on the sign-in screen and on every signed-in screen.
// Environment: EXPECTED_REASON and EXPECTED_END (ISO), the suspension WebAppIT declared.

import { assert, assertNoScriptErrors, newPage, PHONE, run } from "../browser.mjs";
import { checkBothSizes, go, NURSE, openApp } from "./kit.mjs";

const REASON = process.env.EXPECTED_REASON;
const END = process.env.EXPECTED_END;
if (!REASON || !END) {
  console.error("EXPECTED_REASON and EXPECTED_END are required");
  process.exit(2);
}
const END_TEXT = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit",
}).format(new Date(END));

async function bannerSays(page) {
  const banner = page.locator(".banner-suspended");
  await banner.waitFor();
  const text = await banner.innerText();
  assert.ok(text.includes(REASON), `the banner gives the reason: ${text}`);
  assert.ok(text.includes(END_TEXT), `the banner gives the expected end ${END_TEXT}: ${text}`);
}

await run([
  ["the suspension banner shows before signing in and on every screen after", async (browser) => {
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await bannerSays(page);
    await page.getByLabel("ユーザーID").fill(NURSE);
    await page.getByLabel("パスワード", { exact: true }).fill("Igeta-Demo-2026");
    await page.getByRole("button", { name: "サインイン" }).click();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await bannerSays(page);
    await page.locator(".problem").waitFor();
    assert.match(await page.locator(".problem").innerText(), /一時停止/, "the refused list says why");
    await checkBothSizes(page, "suspended");
    await go(page, "/projects");
    await bannerSays(page);
    assertNoScriptErrors(page);
    await page.context().close();
  }],
]);
