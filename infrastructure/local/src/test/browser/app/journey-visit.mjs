// A visiting nurse's morning on a phone: the patient list with unread counts, a record read and filtered, a post's
// versions and readers; then a visit written down — vitals refused beside the field and corrected, a photo, a
// duplicate medication warned about before leaving, the author's correction; a post that survives a reload and a
// lost network, sent exactly once; a token refreshed, a refused token answered by signing in again with the draft
// kept; and a pharmacist outside the care team told "not found".

import { API_URL, assert, assertNoScriptErrors, newPage, PHONE, run } from "../browser.mjs";
import {
  accessToken, apiCall, checkBothSizes, DEMO_PASSWORD, go, NURSE, PHARMACIST, registerPatient, settledApp, signIn, TARO,
} from "./kit.mjs";

const RUN = Date.now() % 1_000_000;
const CORRECTED_POST = "01KDEM0PST0000000000000007";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
  "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082", "hex");

let patientId;

async function nursePage(browser) {
  const page = await newPage(browser, PHONE);
  await signIn(page, NURSE);
  return page;
}

/** The posts of the journey's patient whose text contains a word, as the API has them. */
async function postsWith(word) {
  const token = await accessToken(NURSE);
  const timeline = await apiCall("GET", `/patients/${patientId}/posts?limit=50`, token);
  assert.equal(timeline.status, 200);
  return timeline.body.items.filter((post) => (post.text || "").includes(word));
}

async function fillVitals(page, values) {
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(label).fill(value);
  }
}

await run([
  ["the patient list shows each patient's unread posts and finds a patient by kana", async (browser) => {
    const page = await nursePage(browser);
    const listed = await apiCall("GET", "/patients", await accessToken(NURSE));
    for (const patient of listed.body.items) {
      const card = page.locator(".patient", { hasText: patient.name });
      await card.waitFor();
      const badge = await card.locator(".badge").innerText();
      assert.equal(badge, patient.unread > 0 ? `未読 ${patient.unread}` : "未読なし", `${patient.name}'s unread count`);
    }
    await checkBothSizes(page, "patients");
    await page.getByLabel("氏名・ふりがなで検索").fill("ニシオ");
    await page.getByRole("button", { name: "検索" }).click();
    await settledApp(page);
    const names = await page.locator(".patient-name").allInnerTexts();
    assert.deepEqual(names, ["西尾 太郎"], "only the patient whose kana matches");
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["a record reads newest first, filters by category, and a post shows its versions and who read it", async (browser) => {
    const page = await nursePage(browser);
    await go(page, `/patients/${TARO}`);
    await page.getByRole("heading", { level: 1, name: "西尾 太郎さん の記録" }).waitFor();
    const timeline = await apiCall("GET", `/patients/${TARO}/posts`, await accessToken(NURSE));
    assert.equal(await page.locator(".timeline > li").count(), timeline.body.items.length, "the timeline's first page");
    const times = await page.locator(".timeline time").evaluateAll((elements) => elements.map((element) => element.dateTime));
    assert.deepEqual(times, [...times].sort().reverse(), "newest first");
    const unread = timeline.body.items.filter((post) => post.read === false);
    assert.equal(await page.locator(".timeline .unread-mark").count(), unread.length, "each unread post is marked");
    if (unread.length > 0) {
      const card = page.locator(".timeline > li", { has: page.locator(".unread-mark") }).first();
      await card.getByRole("button", { name: "既読にする" }).click();
      await page.locator(".timeline .unread-mark").nth(unread.length - 1).waitFor({ state: "detached" });
      const after = await apiCall("GET", `/patients/${TARO}/posts`, await accessToken(NURSE));
      assert.equal(after.body.items.filter((post) => post.read === false).length, unread.length - 1, "the API has it read");
    }
    await checkBothSizes(page, "record");

    await page.getByLabel("分類で絞り込む").selectOption("vitals");
    await page.waitForFunction(() => location.hash.includes("category=vitals"));
    await settledApp(page);
    const categories = await page.locator(".post-meta .category").allInnerTexts();
    assert.ok(categories.length > 0 && categories.every((category) => category === "バイタル"), `only vitals: ${categories}`);

    await go(page, `/patients/${TARO}/posts/${CORRECTED_POST}`);
    await page.getByRole("heading", { name: "以前の版" }).waitFor();
    await page.getByText("訂正あり").first().waitFor();
    await page.locator(".readers li", { hasText: NURSE }).waitFor();
    const readers = await apiCall("GET", `/patients/${TARO}/posts/${CORRECTED_POST}/readers`, await accessToken(NURSE));
    assert.ok(readers.body.items.some((reader) => reader.userId === NURSE), "opening the post marked it read");
    await checkBothSizes(page, "post");
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["a visit: vitals refused beside the field, then posted with a photo", async (browser) => {
    patientId = await registerPatient(await accessToken(NURSE), `訪問 確認${RUN}`, "ホウモン カクニン");
    const page = await nursePage(browser);
    await go(page, `/patients/${patientId}/compose?category=vitals`);
    await page.getByRole("heading", { level: 1, name: "投稿する" }).waitFor();
    await page.getByLabel("本文").fill(`訪問。転倒なし。${RUN}`);
    await fillVitals(page, { "収縮期血圧（mmHg）": "999", "拡張期血圧（mmHg）": "82", "体温（℃）": "36.8" });
    await page.getByRole("button", { name: "投稿する" }).click();
    const message = page.locator(".field.has-error .field-error");
    await message.first().waitFor();
    const refusedField = await page.locator(".field.has-error label").first().innerText();
    assert.equal(refusedField, "収縮期血圧（mmHg）", "the API's message shows beside the refused field");
    assert.match(await message.first().innerText(), /[ぁ-んァ-ン一-龥]/, "in Japanese");
    assert.equal((await postsWith(`転倒なし。${RUN}`)).length, 0, "a refused post changes nothing");

    await fillVitals(page, { "収縮期血圧（mmHg）": "138" });
    assert.equal(await page.locator(".field.has-error").count(), 0, "a corrected field's message goes as it is corrected");
    await page.locator("input[type=file]").setInputFiles({ name: "ankle.png", mimeType: "image/png", buffer: PNG });
    await page.locator(".attachments li", { hasText: "ankle.png" }).waitFor();
    await checkBothSizes(page, "composer");
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByRole("heading", { level: 1, name: /の記録$/ }).waitFor();
    await settledApp(page);
    const first = page.locator(".timeline > li").first();
    assert.match(await first.innerText(), new RegExp(`転倒なし。${RUN}`));
    assert.match(await first.locator(".vitals").innerText(), /138/);
    await first.getByRole("button", { name: "添付ファイル 1 を開く" }).waitFor();
    const [posted] = await postsWith(`転倒なし。${RUN}`);
    assert.equal(posted.attachmentIds.length, 1, "the photo is attached to the post");
    assert.equal(posted.vitals.systolic, 138);
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["a duplicate medication is warned about before leaving the screen", async (browser) => {
    assert.ok(patientId, "the visit before registered the patient");
    const token = await accessToken(NURSE);
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
    const base = await apiCall("POST", `/patients/${patientId}/posts`, token, {
      category: "medication", text: "クリニック処方。",
      medications: [{ yjCode: "2171022F2041", name: "アムロジン錠５ｍｇ", dose: 1, unit: "錠", frequency: "1日1回朝食後", startDate: today, prescriber: "いげたクリニック" }],
    });
    assert.equal(base.status, 201, JSON.stringify(base.body));

    const page = await nursePage(browser);
    await go(page, `/patients/${patientId}/compose?category=medication`);
    await page.getByLabel("本文").fill("病院の退院時処方。");
    await page.getByRole("button", { name: "薬剤を追加" }).click();
    await page.getByLabel("YJコード").fill("2171022F2025");
    await page.getByLabel("薬剤名").fill("ノルバスク錠５ｍｇ");
    await page.getByLabel("用量").fill("1");
    await page.getByLabel("単位").fill("錠");
    await page.getByLabel("処方元").fill("西尾市民病院");
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByRole("heading", { level: 1, name: "薬剤の重複の確認" }).waitFor();
    const warnings = await page.locator(".warnings").innerText();
    assert.match(warnings, /ノルバスク錠５ｍｇ/);
    assert.match(warnings, /アムロジン錠５ｍｇ/, "the other medication with the same ingredient is named");
    await checkBothSizes(page, "medication-warning");
    await page.getByRole("button", { name: "確認しました" }).click();
    await page.getByRole("heading", { level: 1, name: /の記録$/ }).waitFor();
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["the author corrects a post and the original stays visible", async (browser) => {
    const [posted] = await postsWith(`転倒なし。${RUN}`);
    assert.ok(posted, "the visit's post exists");
    const page = await nursePage(browser);
    await go(page, `/patients/${patientId}/posts/${posted.id}`);
    await page.getByRole("link", { name: "訂正する" }).click();
    await page.getByRole("heading", { level: 1, name: "投稿の訂正" }).waitFor();
    assert.equal(await page.getByLabel("収縮期血圧（mmHg）").inputValue(), "138", "the form starts from the post");
    await fillVitals(page, { "収縮期血圧（mmHg）": "136" });
    await page.getByLabel("訂正の理由").fill("転記誤りのため");
    await checkBothSizes(page, "correction");
    await page.getByRole("button", { name: "訂正を送信" }).click();
    await page.getByRole("heading", { level: 1, name: /の記録$/ }).waitFor();
    await go(page, `/patients/${patientId}/posts/${posted.id}`);
    await page.getByRole("heading", { name: "以前の版" }).waitFor();
    assert.match(await page.locator("article.post").first().locator(".vitals").innerText(), /136/);
    assert.match(await page.locator(".history").innerText(), /138/, "the original version is kept");
    assert.match(await page.locator(".correction").innerText(), /転記誤りのため/);
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["an unsent post survives a reload, also without the network, and is posted exactly once", async (browser) => {
    const page = await nursePage(browser);
    const offline = `電波なし${RUN}`;
    await go(page, `/patients/${patientId}/compose`);
    await page.getByLabel("本文").fill(offline);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "投稿する" }).waitFor();
    assert.equal(await page.getByLabel("本文").inputValue(), offline, "the draft survives a reload");

    // the service worker keeps the app's shell: the app opens again without the network, the draft still there
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "投稿する" }).waitFor();
    await page.locator(".banner-offline").waitFor();
    assert.equal(await page.getByLabel("本文").inputValue(), offline, "the draft survives a reload without the network");
    await page.context().setOffline(false);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "投稿する" }).waitFor();

    await page.context().setOffline(true);
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByText("この投稿は未送信のまま保持しています").waitFor();
    await page.locator(".outbox", { hasText: "未送信の投稿が1件" }).waitFor();
    await page.context().setOffline(false);
    await page.locator(".outbox").waitFor({ state: "detached" });
    assert.equal((await postsWith(offline)).length, 1, "posted once when the network returned");

    // the answer is lost after the API stored the post: the retry with the same key must not post it again
    const lost = `応答消失${RUN}`;
    await go(page, `/patients/${patientId}/compose`);
    await page.getByLabel("本文").fill(lost);
    let dropped = false;
    await page.route(`${API_URL}/patients/${patientId}/posts`, async (route) => {
      if (route.request().method() === "POST" && !dropped) {
        dropped = true;
        const stored = await route.fetch();
        assert.equal(stored.status(), 201, "the API stored the post whose answer is lost");
        await route.abort("connectionreset");
      } else {
        await route.continue();
      }
    });
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByText("この投稿は未送信のまま保持しています").waitFor();
    assert.equal((await postsWith(lost)).length, 1, "the API stored it although the phone never heard back");
    await page.unroute(`${API_URL}/patients/${patientId}/posts`);
    await page.reload();
    await page.waitForSelector("#app > *:not(.boot)");
    await page.locator(".outbox").waitFor({ state: "detached" });
    assert.equal((await postsWith(lost)).length, 1, "the retry with the same Idempotency-Key did not post twice");
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["an expiring token is refreshed; a refused one asks for the password again and keeps the draft", async (browser) => {
    const page = await nursePage(browser);
    const cognitoCalls = [];
    page.on("request", (request) => {
      const target = request.headers()["x-amz-target"];
      if (target) {
        cognitoCalls.push(`${target.split(".").pop()} ${JSON.parse(request.postData() || "{}").AuthFlow ?? ""}`.trim());
      }
    });
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem("igetanet.session"));
      sessionStorage.setItem("igetanet.session", JSON.stringify({ ...session, expiresAt: Date.now() }));
    });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
    await settledApp(page);
    assert.ok(cognitoCalls.includes("InitiateAuth REFRESH_TOKEN_AUTH"), `refreshed: ${cognitoCalls}`);
    assert.equal(await page.locator(".overlay").count(), 0, "no sign-in asked for");

    const draft = `サインし直し${RUN}`;
    await go(page, `/patients/${patientId}/compose`);
    await page.getByLabel("本文").fill(draft);
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem("igetanet.session"));
      sessionStorage.setItem("igetanet.session", JSON.stringify({ ...session, accessToken: "not.a.token", expiresAt: Date.now() + 3_600_000 }));
    });
    await page.reload();
    // the app's first request with the refused token is answered 401: the user is asked to sign in again at once
    const dialog = page.getByRole("dialog", { name: "もう一度サインイン" });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel("ユーザーID").inputValue(), NURSE, "the same user signs in again");
    await checkBothSizes(page, "sign-in-again");
    await dialog.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
    await dialog.getByRole("button", { name: "サインイン", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    assert.equal(await page.getByLabel("本文").inputValue(), draft, "the draft is still there");
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByRole("heading", { level: 1, name: /の記録$/ }).waitFor();
    assert.equal((await postsWith(draft)).length, 1, "the draft was posted after signing in again");
    assertNoScriptErrors(page);
    await page.context().close();
  }],

  ["a pharmacist outside the care team is told the patient is not found", async (browser) => {
    const page = await newPage(browser, PHONE);
    await signIn(page, PHARMACIST);
    const names = await page.locator(".patient-name").allInnerTexts();
    assert.ok(!names.includes("西尾 太郎"), "not among the pharmacist's patients");
    await go(page, `/patients/${TARO}`);
    await page.getByRole("heading", { level: 1, name: "見つかりません（ケアチーム外を含む）" }).waitFor();
    await checkBothSizes(page, "not-found");
    await go(page, `/patients/${TARO}/posts/${CORRECTED_POST}`);
    await page.getByRole("heading", { level: 1, name: "見つかりません（ケアチーム外を含む）" }).waitFor();
    assert.equal(await page.locator(".post-body").count(), 0, "nothing of the record shows");
    assertNoScriptErrors(page);
    await page.context().close();
  }],
]);
