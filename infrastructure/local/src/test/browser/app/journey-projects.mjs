// The projects in the web app, as a nurse and a pharmacist use them: creating a project (and the refusal of patient
// data explained), starting a thread that is an event with a file, pinning it and opening the file; joining an open
// project, answering the event's attendance and replying; the unread counts of my projects; searching; members and
// settings; correcting a post. Every screen passes the checks at phone and desktop size.
//
// It makes its own project with a unique name, so it can run again and beside other journeys on a shared system:
//   APP_URL=http://localhost:3002 SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 node src/test/browser/app/journey-projects.mjs

import { assert, assertNoScriptErrors, newPage, run, DESKTOP } from "../browser.mjs";
import { accessToken, apiCall, checkBothSizes, go, NURSE, PHARMACIST, settledApp, signIn, TARO } from "./kit.mjs";

const stamp = Date.now().toString(36);
const PROJECT_NAME = `退院支援の勉強会 ${stamp}`;
const REPLY_WORD = `薬剤師${stamp}`;
const PDF = Buffer.from("%PDF-1.4\n% igeta journey flyer\n%%EOF\n", "utf8");
/** What the checks share: the project and the thread they make. */
const made = { projectId: "", threadId: "" };

/** Tomorrow at the given time of day in Japan, as a datetime-local value. */
function tomorrowInJapan(time) {
  const date = new Date(Date.now() + 24 * 3600 * 1000).toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  return `${date}T${time}`;
}

async function signedIn(browser, user) {
  const page = await newPage(browser, DESKTOP);
  await signIn(page, user);
  return page;
}

function needsProject() {
  assert.ok(made.projectId, "the project of the first check exists");
}

await run([
  ["a nurse creates an open project; a name with a patient's record link is refused and explained", async (browser) => {
    const page = await signedIn(browser, NURSE);
    await go(page, "/projects/new");
    await page.getByRole("heading", { level: 1, name: "プロジェクトを作る" }).waitFor();
    await checkBothSizes(page, "projects-new");

    await page.getByLabel("名前").fill(`#/patients/${TARO} の勉強会`);
    await page.getByRole("button", { name: "作成する" }).click();
    const refusal = page.locator(".patient-refusal");
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /プロジェクトには療養者の情報を書き込めません/);
    assert.match(await refusal.innerText(), /その療養者の連絡帳に投稿してください/);
    const nameError = page.locator(".field.has-error .field-error");
    assert.match(await nameError.innerText(), /療養者IDや療養者の連絡帳へのリンクは書き込めません/, "the API's message is beside the name");
    assert.equal(await page.getByLabel("名前").getAttribute("aria-invalid"), "true");
    await checkBothSizes(page, "projects-new-refused");

    await page.getByLabel("名前").fill(PROJECT_NAME);
    await page.getByLabel("種類").selectOption("information_exchange");
    await page.getByLabel(/参加自由/).check();
    await page.getByLabel("説明").fill("退院前カンファレンスの進め方を持ち寄る勉強会です。");
    await page.getByRole("button", { name: "作成する" }).click();
    await page.getByRole("heading", { level: 1, name: PROJECT_NAME }).waitFor();
    made.projectId = await page.evaluate(() => location.hash.match(/^#\/projects\/([0-9A-Z]{26})$/)[1]);
    await settledApp(page);
    assert.match(await page.locator(".project-about").innerText(), /情報交換・参加自由・メンバー1人・あなたはオーナー/);
    assert.match(await page.locator("main").innerText(), /まだスレッドはありません/);
    await checkBothSizes(page, "project-empty");
    assertNoScriptErrors(page);
  }],

  ["the nurse starts an event thread with a file (a patient id refused first), pins it and opens the file", async (browser) => {
    needsProject();
    const page = await signedIn(browser, NURSE);
    await go(page, `/projects/${made.projectId}`);
    await page.getByRole("link", { name: "スレッドを始める" }).click();
    await page.getByRole("heading", { level: 1, name: "スレッドを始める" }).waitFor();
    await checkBothSizes(page, "project-new-thread");

    await page.locator("textarea[name=post-text]").fill(`勉強会のご案内\n事例は ${TARO} さんの退院で検討します。`);
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.locator(".patient-refusal").waitFor();
    assert.match(await page.locator(".field.has-error .field-error").innerText(), /療養者IDや療養者の連絡帳へのリンクは書き込めません/);
    await checkBothSizes(page, "project-new-thread-refused");

    await page.locator("textarea[name=post-text]").fill("勉強会のご案内\n退院前カンファレンスの事例を持ち寄ります。資料を添付します。");
    await page.getByLabel("日時を付けて、メンバーに出欠を聞く").check();
    await page.getByLabel("開始日時").fill(tomorrowInJapan("18:30"));
    await page.getByLabel("終了日時").fill(tomorrowInJapan("20:00"));
    await page.getByLabel("場所").fill("西尾市役所 3階 会議室");
    await page.locator("input[type=file]").setInputFiles({ name: "annai.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "annai.pdf を外す" }).waitFor();
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByRole("heading", { level: 1, name: "勉強会のご案内" }).waitFor();
    made.threadId = await page.evaluate(() => location.hash.match(/\/posts\/([0-9A-Z]{26})$/)[1]);
    await settledApp(page);
    assert.match(await page.locator(".event-box").innerText(), /西尾市役所 3階 会議室/);

    await page.getByRole("button", { name: "ピン留めする" }).click();
    await page.getByRole("button", { name: "ピン留めを外す" }).waitFor();
    await page.getByText("スレッドの一覧の先頭にピン留めしました。").waitFor();
    await checkBothSizes(page, "project-thread-owner");

    const [popup] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "添付ファイル 1 を開く" }).click()]);
    await popup.waitForURL((url) => url.protocol.startsWith("http"));
    const file = await fetch(popup.url());
    assert.equal(file.status, 200, "the file's address answers 200");
    assert.equal(Buffer.from(await file.arrayBuffer()).toString("utf8"), PDF.toString("utf8"), "the file opened is the one attached");
    await popup.close();

    await go(page, `/projects/${made.projectId}`);
    const pinned = page.getByRole("region", { name: "ピン留め" });
    await pinned.getByText("勉強会のご案内").waitFor();
    assertNoScriptErrors(page);
  }],

  ["a pharmacist joins the open project, answers the event's attendance by keyboard and replies", async (browser) => {
    needsProject();
    const page = await signedIn(browser, PHARMACIST);
    await go(page, "/projects?view=open");
    const card = page.getByRole("link", { name: new RegExp(PROJECT_NAME) });
    await card.waitFor();
    assert.match(await card.innerText(), /参加できます/);
    await checkBothSizes(page, "projects-open");

    await card.click();
    await page.getByRole("heading", { level: 1, name: PROJECT_NAME }).waitFor();
    await settledApp(page);
    await page.getByRole("heading", { name: "参加すると読めます" }).waitFor();
    await checkBothSizes(page, "project-join");
    await page.getByRole("button", { name: "このプロジェクトに参加する" }).click();
    await page.getByRole("region", { name: "ピン留め" }).waitFor();
    await settledApp(page);
    assert.match(await page.locator(".project-about").innerText(), /メンバー2人・あなたはメンバー/);
    await checkBothSizes(page, "project-threads");

    await page.getByRole("region", { name: "ピン留め" }).getByRole("link", { name: /勉強会のご案内/ }).click();
    await page.getByRole("heading", { level: 1, name: "勉強会のご案内" }).waitFor();
    await settledApp(page);
    const attend = page.getByRole("button", { name: "出席する" });
    assert.equal(await attend.getAttribute("aria-pressed"), "false");
    await attend.focus();
    await page.keyboard.press("Enter");
    await page.getByText("出席と回答しました。").waitFor();
    assert.equal(await attend.getAttribute("aria-pressed"), "true");
    assert.match(await page.locator(".event-box").innerText(), /出席 1人・欠席 0人/);
    assert.match(await page.locator(".attendance-label").innerText(), /あなたの出欠：出席/);

    await page.locator("textarea[name=reply-text]").fill(`${REPLY_WORD}も1名参加します。持参する資料はありますか。`);
    await page.getByRole("button", { name: "返信する" }).click();
    await page.locator(".reply").filter({ hasText: REPLY_WORD }).waitFor();
    await settledApp(page);
    assert.match(await page.getByRole("heading", { name: /^返信（/ }).innerText(), /返信（1件、古い順）/);
    assert.equal(await page.locator("textarea[name=reply-text]").inputValue(), "", "the reply form is empty again");
    await checkBothSizes(page, "project-thread-member");
    assertNoScriptErrors(page);
  }],

  ["the nurse's projects show the unread reply until she reads it, and search finds it", async (browser) => {
    needsProject();
    const page = await signedIn(browser, NURSE);
    await go(page, "/projects");
    const card = page.getByRole("link", { name: new RegExp(PROJECT_NAME) });
    await card.waitFor();
    assert.match(await card.innerText(), /未読 1/, "the pharmacist's reply is unread");
    await checkBothSizes(page, "projects-mine");

    await go(page, `/projects/${made.projectId}`);
    await page.getByLabel("投稿と返信を検索").fill(REPLY_WORD);
    await page.getByRole("button", { name: "検索", exact: true }).click();
    await page.waitForFunction(() => location.hash.includes("?q="));
    await settledApp(page);
    const hit = page.getByRole("region", { name: /検索結果/ }).getByRole("link", { name: new RegExp(REPLY_WORD) });
    await hit.waitFor();
    assert.match(await hit.innerText(), /返信/);
    await checkBothSizes(page, "project-search");

    await hit.click();
    await page.getByRole("heading", { level: 1, name: "勉強会のご案内" }).waitFor();
    await settledApp(page);
    assert.match(await page.locator(".reply.focused").innerText(), /新着/, "the reply read now is marked new on this screen");
    await go(page, "/projects");
    await page.getByRole("link", { name: new RegExp(PROJECT_NAME) }).waitFor();
    assert.match(await page.getByRole("link", { name: new RegExp(PROJECT_NAME) }).innerText(), /未読なし/);
    assertNoScriptErrors(page);
  }],

  ["the owner makes the pharmacist an administrator, changes the description and corrects the thread", async (browser) => {
    needsProject();
    const page = await signedIn(browser, NURSE);
    await go(page, `/projects/${made.projectId}/members`);
    const pharmacist = page.locator(".member").filter({ hasText: PHARMACIST });
    await pharmacist.waitFor();
    await pharmacist.getByLabel("役割").selectOption("administrator");
    await pharmacist.getByRole("button", { name: "変更" }).click();
    await page.getByText("の役割を変えました。").waitFor();
    await settledApp(page);
    assert.match(await page.locator(".member").filter({ hasText: PHARMACIST }).innerText(), /管理者/);
    await checkBothSizes(page, "project-members");

    await page.getByLabel("ユーザーID").fill("no-such-user-anywhere");
    await page.getByRole("button", { name: "追加", exact: true }).click();
    await page.locator(".add-member .field-error, .add-member .problem").first().waitFor();

    await go(page, `/projects/${made.projectId}/settings`);
    await page.getByLabel("説明").fill("退院前カンファレンスの進め方を持ち寄る勉強会です。毎月第2火曜日。");
    await page.getByRole("button", { name: "変更を保存" }).click();
    await page.getByText("変更を保存しました。").waitFor();
    await settledApp(page);
    await checkBothSizes(page, "project-settings");

    await go(page, `/projects/${made.projectId}/posts/${made.threadId}/correct`);
    await page.getByRole("heading", { level: 1, name: "投稿の訂正" }).waitFor();
    await page.locator("textarea[name=post-text]").fill("勉強会のご案内\n退院前カンファレンスの事例を持ち寄ります。資料を添付します。会場を変更しました。");
    await page.getByLabel("場所").fill("西尾市役所 5階 大会議室");
    await page.getByRole("button", { name: "訂正を送信" }).click();
    await page.locator(".field.has-error").filter({ hasText: "訂正の理由" }).waitFor();
    await page.getByLabel("訂正の理由").fill("会場の変更");
    await checkBothSizes(page, "project-correct");
    await page.getByRole("button", { name: "訂正を送信" }).click();
    await page.getByRole("heading", { level: 1, name: "勉強会のご案内" }).waitFor();
    await settledApp(page);
    assert.match(await page.locator(".project-post").first().innerText(), /訂正あり（第2版）/);
    assert.match(await page.locator(".event-box").innerText(), /5階 大会議室/);
    await page.getByText(/以前の版（1件）/).click();
    await page.locator(".history .correction").filter({ hasText: "会場の変更" }).waitFor();
    assertNoScriptErrors(page);
  }],

  ["what the API holds agrees: one attending, the reply, the pin", async () => {
    needsProject();
    const token = await accessToken(NURSE);
    const thread = await apiCall("GET", `/projects/${made.projectId}/posts/${made.threadId}`, token);
    assert.equal(thread.status, 200);
    assert.equal(thread.body.event.attending, 1);
    assert.equal(thread.body.replies.length, 1);
    assert.equal(thread.body.pinned, true);
    assert.equal(thread.body.version, 2);
  }],
]);
