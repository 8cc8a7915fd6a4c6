// The web app with the keyboard alone: signing in, opening a patient, writing a post and sending it, with Tab,
// Enter and typing only; on each screen Tab reaches every link and control, each with a visible focus indicator,
// and the screen's heading has the focus when a screen opens (for screen readers and keyboard users).

import { assert, assertNoScriptErrors, newPage, PHONE, DESKTOP, run } from "../browser.mjs";
import { accessToken, apiCall, DEMO_PASSWORD, NURSE, openApp, settledApp, TARO } from "./kit.mjs";

const RUN = Date.now() % 1_000_000;

/** What has the focus: its description, whether its focus is visible, and its mark when it was marked. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return null;
    }
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadowed = style.boxShadow !== "none";
    const label = element.closest("label");
    const labelStyle = label ? getComputedStyle(label) : null;
    const labelVisible = labelStyle ? (labelStyle.outlineStyle !== "none" && parseFloat(labelStyle.outlineWidth) >= 2) : false;
    return {
      mark: element.dataset.keyboardCheck ?? null,
      tag: element.tagName.toLowerCase(),
      text: (element.innerText || element.getAttribute("aria-label") || element.labels?.[0]?.innerText || element.name || "").trim().slice(0, 40),
      visible: outlined || shadowed || labelVisible,
    };
  });
}

/** Presses Tab until what has the focus passes the test; fails after `limit` presses. */
async function tabTo(page, test, what, limit = 80) {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now && test(now)) {
      return now;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tab goes round the screen: every shown link and control is reached, each with a visible focus. */
async function everyControlReachable(page, name) {
  const expected = await page.evaluate(() => {
    const selector = "a[href], button, input:not([type='hidden']), select, textarea, [tabindex]:not([tabindex='-1'])";
    let count = 0;
    for (const element of document.querySelectorAll(selector)) {
      const style = getComputedStyle(element);
      const shown = (element.getClientRects().length > 0 || element.closest("label.button")) && style.visibility !== "hidden"
        && !element.closest("[hidden], [inert]");
      if (shown && !element.disabled) {
        element.dataset.keyboardCheck = String(count++);
      }
    }
    return count;
  });
  const reached = new Set();
  const unseen = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let press = 0; press < expected * 3 + 10 && reached.size < expected; press++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now?.mark !== null && now?.mark !== undefined) {
      reached.add(now.mark);
      if (!now.visible) {
        unseen.push(`${now.tag} ${now.text}`);
      }
    }
  }
  console.log(`  ${name}: Tab reached ${reached.size} of ${expected} links and controls`);
  assert.equal(reached.size, expected, `${name}: Tab reaches all ${expected} links and controls`);
  assert.deepEqual([...new Set(unseen)], [], `${name}: every focused control shows where the focus is`);
}

await run([
  ["a nurse signs in, opens a patient and posts with the keyboard alone", async (browser) => {
    const page = await newPage(browser, PHONE);
    await openApp(page);
    await everyControlReachable(page, "sign-in");
    await tabTo(page, (now) => now.text.startsWith("ユーザーID") || now.tag === "input", "the user id");
    await page.keyboard.type(NURSE);
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await settledApp(page);
    assert.equal((await focused(page))?.tag, "h1", "the new screen's heading has the focus");
    await everyControlReachable(page, "patients");

    await tabTo(page, (now) => now.text.includes("西尾 太郎"), "the patient");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "西尾 太郎さん の記録" }).waitFor();
    await settledApp(page);
    assert.equal((await focused(page))?.tag, "h1", "the record's heading has the focus");
    await everyControlReachable(page, "record");

    await tabTo(page, (now) => now.text === "投稿する", "the post button");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "投稿する" }).waitFor();
    await everyControlReachable(page, "composer");
    await tabTo(page, (now) => now.tag === "textarea", "the text");
    const text = `キーボードだけで投稿${RUN}`;
    await page.keyboard.type(text);
    await tabTo(page, (now) => now.tag === "button" && now.text === "投稿する", "the send button");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "西尾 太郎さん の記録" }).waitFor();
    await settledApp(page);
    const timeline = await apiCall("GET", `/patients/${TARO}/posts`, await accessToken(NURSE));
    assert.equal(timeline.body.items.filter((post) => post.text === text).length, 1, "posted once");
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["the tabs, the settings and signing out work with the keyboard on a desktop", async (browser) => {
    const page = await newPage(browser, DESKTOP);
    await openApp(page);
    await page.getByLabel("ユーザーID").fill(NURSE);
    await page.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await tabTo(page, (now) => now.text === "設定", "the settings tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "設定" }).waitFor();
    await settledApp(page);
    await everyControlReachable(page, "settings");
    await tabTo(page, (now) => now.text === "この端末でサインアウト", "sign-out");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "サインイン" }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, "nothing of the session is left");
    assertNoScriptErrors(page);
    await page.context().close();
  }],
]);
