// The patient's charts and current medications, reporting an incident (§21), the announcements and the terms in
// force, as a visiting nurse uses them on a phone and at a desk: every screen passes axe-core, has no horizontal
// overflow at 360 px and touch targets of 44 px, and shows what the API answers.
//
//   APP_URL=http://localhost:3002 SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 \
//     node src/test/browser/app/journey-charts-medications-incident.mjs

import { DESKTOP, NETWORK, PHONE, api, assert, assertNoScriptErrors, newPage, run } from "../browser.mjs";
import { HANA, NURSE, TARO, accessToken, apiCall, appConfig, checkBothSizes, go, settledApp, signIn } from "./kit.mjs";

const CREATININE = "3C015000002327101";

/** The series the API answers the nurse for one item of a patient. */
async function series(patientId, code) {
  const answer = await apiCall("GET", `/patients/${patientId}/observations?code=${code}`, await accessToken(NURSE));
  assert.equal(answer.status, 200, `the API answers the ${code} series`);
  return answer.body;
}

async function chartShows(page, expected, name) {
  const heading = page.getByRole("heading", { level: 2, name: new RegExp(expected.label.replace(/[()]/g, "\\$&")) });
  await heading.waitFor();
  const chart = page.getByRole("img", { name: `${expected.label}の推移のグラフ` });
  await chart.waitFor();
  assert.equal(await chart.locator(".chart-point").count(), expected.points.length, `${name}: one point for each value of the series`);
  const rows = page.locator(".chart-table tbody tr");
  assert.equal(await rows.count(), expected.points.length, `${name}: one row of the table for each value`);
  const flagged = expected.points.filter((point) => point.flag).length;
  assert.equal(await chart.locator(".chart-flag-H, .chart-flag-L").count(), flagged, `${name}: the H and L values are marked`);
  const latest = expected.points[expected.points.length - 1];
  assert.match(await page.locator(".chart-summary").innerText(), new RegExp(`最新値\\s*${String(latest.value).replace(".", "\\.")}`), `${name}: the latest value is summarised`);
}

await run([
  ["a vital sign chart and a lab chart with its reference band", async (browser) => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, NURSE);

    await go(page, `/patients/${TARO}/charts`);
    const systolic = await series(TARO, "systolic");
    await chartShows(page, systolic, "systolic");
    assert.equal(await page.getByLabel("項目").inputValue(), "systolic", "blood pressure is the chart shown first");
    await checkBothSizes(page, "chart-vital");

    // the picker lists the lab items of the record; choosing one by keyboard opens its chart
    const picker = page.getByLabel("項目");
    await picker.locator(`option[value="${CREATININE}"]`).waitFor({ state: "attached" });
    await picker.focus();
    await picker.selectOption(CREATININE);
    await page.waitForFunction((code) => location.hash.endsWith(`code=${code}`), CREATININE);
    await settledApp(page);
    const creatinine = await series(TARO, CREATININE);
    assert.ok(creatinine.referenceLow !== undefined && creatinine.referenceHigh !== undefined, "the demo creatinine has a reference range");
    await chartShows(page, creatinine, "creatinine");
    const band = page.locator(".chart-band rect");
    assert.equal(await band.count(), 1, "the reference band is drawn");
    assert.ok((await band.boundingBox()).height > 4, "the reference band has a height");
    assert.match(await page.locator(".chart-summary").innerText(), /0\.65〜1\.07/, "the reference range is written out");
    await checkBothSizes(page, "chart-lab");

    // HANA has no lab results: the picker says so, and an unknown code is refused with the API's message
    await go(page, `/patients/${HANA}/charts?code=pulse`);
    await chartShows(page, await series(HANA, "pulse"), "HANA pulse");
    await go(page, `/patients/${HANA}/charts?code=bogus`);
    await page.getByRole("alert").filter({ hasText: "JLAC10" }).waitFor();
    assertNoScriptErrors(page);
  }],

  ["the current medications with their duplicate warnings", async (browser) => {
    const page = await newPage(browser, PHONE);
    await signIn(page, NURSE);
    const answer = await apiCall("GET", `/patients/${TARO}/medications`, await accessToken(NURSE));
    assert.equal(answer.status, 200);
    const current = answer.body;
    assert.ok(current.items.some((item) => item.warnings.length > 0), "the demo patient has duplicate warnings");

    await go(page, `/patients/${TARO}/medications`);
    const cards = page.getByRole("list", { name: "服用中の薬" }).locator(":scope > li");
    assert.equal(await cards.count(), current.items.length, "one card for each current medication");
    for (const [index, item] of current.items.entries()) {
      const card = cards.nth(index);
      assert.equal((await card.getByRole("heading", { level: 2 }).innerText()).split("\n")[0].replace("重複の可能性", "").trim(), item.medication.name, `card ${index} names the drug`);
      assert.equal(await card.locator("li.warning").count(), item.warnings.length, `${item.medication.name}: its warnings are beside it`);
      for (const warning of item.warnings) {
        const words = warning.kind === "same_ingredient" ? "同じ成分の薬" : `同じ働きの薬（${warning.groupLabel}）`;
        const text = await card.locator("li.warning").filter({ hasText: words }).innerText();
        for (const other of warning.others) {
          assert.ok(text.includes(other.name), `${item.medication.name}: the warning names ${other.name}`);
        }
      }
    }
    const summary = page.getByRole("region", { name: /重複投薬の可能性があります/ });
    const messages = new Set(current.items.flatMap((item) => item.warnings.map((warning) => warning.message)));
    for (const message of messages) {
      assert.ok((await summary.innerText()).includes(message), `the summary carries the API's message: ${message}`);
    }
    assert.ok((await page.locator("main").innerText()).includes(current.notice), "the §16 notice is shown");
    await checkBothSizes(page, "medications");
    assertNoScriptErrors(page);
  }],

  ["an incident report: the API's messages beside the fields, then a receipt", async (browser) => {
    const page = await newPage(browser, PHONE);
    await signIn(page, NURSE);
    await go(page, "/incident");
    await page.getByRole("heading", { level: 1, name: "事故・不具合の報告" }).waitFor();

    // a bad attempt: no kind, no description
    await page.getByLabel("何が起きたか").fill("");
    await page.getByRole("button", { name: "事務局へ報告する" }).click();
    await page.getByRole("alert").filter({ hasText: "入力内容に誤りがあります" }).waitFor();
    const kinds = page.getByRole("group", { name: /種別/ });
    assert.match(await kinds.locator(".field-error").innerText(), /種別は.*端末の紛失・盗難/, "the kind's message is beside the kinds, naming them as the form does");
    const description = page.getByLabel("何が起きたか");
    assert.equal(await description.getAttribute("aria-invalid"), "true", "the description is marked invalid");
    const describedBy = await description.getAttribute("aria-describedby");
    const messageId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    assert.equal(await page.locator(`#${messageId}`).innerText(), "報告の内容を入力してください。", "the description's message is beside it and describes it");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid")), "true", "the first refused field has the focus");
    await checkBothSizes(page, "incident-refused");

    // a report by keyboard: the kind chosen with the arrow keys, the text typed, sent with Enter
    await page.getByRole("radio", { name: /端末の紛失・盗難/ }).focus();
    await page.keyboard.press("Space");
    assert.ok(await page.getByRole("radio", { name: /端末の紛失・盗難/ }).isChecked(), "the kind is chosen by keyboard");
    const text = `ブラウザ確認：訪問先から戻る途中でタブレット端末を紛失しました（${Date.now()}）`;
    await description.fill(text);
    const sent = page.waitForRequest((request) => request.url().endsWith("/incident-reports") && request.method() === "POST");
    await page.getByRole("button", { name: "事務局へ報告する" }).focus();
    await page.keyboard.press("Enter");
    const request = await sent;
    assert.match(request.headers()["idempotency-key"] ?? "", /^[0-9a-f-]{36}$/, "the report is sent with an Idempotency-Key");
    const receipt = page.getByRole("region", { name: "報告を受け付けました" });
    await receipt.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "報告を受け付けました", "the receipt has the focus");
    const id = (await receipt.locator(".receipt-id").innerText()).trim();
    const filed = await apiCall("GET", `/incident-reports/${id}`, await accessToken(NURSE));
    assert.equal(filed.status, 200, "the receipt's ID is the filed report's");
    assert.equal(filed.body.kind, "lost_device");
    assert.equal(filed.body.description, text);
    assert.ok((await receipt.innerText()).includes(filed.body.statusLabel), "the receipt shows the status");
    await page.getByRole("region", { name: "これまでの報告" }).getByText(text).waitFor();
    await checkBothSizes(page, "incident-receipt");
    assertNoScriptErrors(page);
  }],

  ["the announcements, one announcement and the terms in force", async (browser) => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, NURSE);
    const list = await api("/portal/announcements", { network: NETWORK });
    const terms = await api("/portal/terms/current", { network: NETWORK });
    const config = await appConfig();

    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "お知らせ" }).click();
    await page.getByRole("heading", { level: 1, name: "お知らせ" }).waitFor();
    await settledApp(page);
    const links = page.locator(".announcement-list a");
    assert.equal(await links.count(), list.items.length, "every announcement of the first page is listed");
    for (const [index, announcement] of list.items.entries()) {
      assert.ok((await links.nth(index).innerText()).includes(announcement.title), `${announcement.title} is listed in its place`);
    }
    const inForce = page.getByRole("region", { name: "利用規約" });
    assert.equal(await inForce.locator(".terms-version").innerText(), terms.version, "the terms version in force is the API's");
    assert.equal(await inForce.getByRole("link", { name: /ポータルサイトで利用規約を読む/ }).getAttribute("href"),
      `${config.portalUrl.replace(/\/+$/, "")}/terms.html`, "the terms link to the portal site's page");
    await checkBothSizes(page, "announcements");

    const chosen = list.items[0];
    await links.first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: chosen.title }).waitFor();
    await settledApp(page);
    assert.ok(page.url().endsWith(`#/announcements/${chosen.id}`), "the announcement has its own address");
    assert.equal(await page.locator(".announcement-body").innerText(), chosen.body, "the announcement's body is shown");
    await checkBothSizes(page, "announcement");

    await go(page, "/announcements/01KNOSUCHANNOUNCEMENT00000");
    await page.getByRole("alert").filter({ hasText: "お知らせが見つかりません" }).waitFor();
    assertNoScriptErrors(page);
  }],
]);
