// The patient's administration in the web app, as a visiting nurse does it on a phone: registering a patient with
// the family's consent and the signed form photographed (a PDF stands in for the camera), after a first attempt whose
// problems show beside the fields; the care team with facility and profession, adding a member by user id and
// removing one after a confirmation; the consent history and a renewed consent; the withdrawal of consent with its
// typed confirmation, the receipt's purge reaching 削除完了, and the patient "not found" afterwards. Every screen
// passes checkBothSizes. Only a patient registered here is withdrawn (other journeys read the demo patients).
//
//   APP_URL=http://localhost:3002 SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 node src/test/browser/app/journey-patient-admin.mjs

import { assert, assertNoScriptErrors, newPage, run } from "../browser.mjs";
import { accessToken, apiCall, checkBothSizes, go, NURSE, PHARMACIST, PHONE, settledApp, signIn } from "./kit.mjs";

// unique per run on a shared system: digits written as katakana, so that the kana is valid too
const KANA_DIGITS = "アイウエオカキクケコ";
const SUFFIX = String(Date.now()).slice(-7).split("").map((digit) => KANA_DIGITS[Number(digit)]).join("");
const PATIENT_NAME = `撤回 ${SUFFIX}`;
const PATIENT_KANA = `テッカイ ${SUFFIX}`;
const PHARMACIST_NAME = "緑 健太";
const NOT_FOUND = "見つかりません（ケアチーム外を含む）";

/** A tiny valid PDF: what the phone's camera would hand over. */
const FORM_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
  + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

const state = { page: null, patientId: null };

/** The message shown beside a control (the element its aria-describedby names with class field-error). */
async function errorBeside(control) {
  return control.evaluate((element) => {
    const ids = (element.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    const error = ids.map((id) => document.getElementById(id)).find((found) => found && found.classList.contains("field-error"));
    return error ? error.textContent : null;
  });
}

async function attachForm(page, name) {
  await page.getByLabel(/同意書を(撮影|撮り直す)/).setInputFiles({ name, mimeType: "application/pdf", buffer: FORM_PDF });
  await page.getByText(`送信済み：${name}`).waitFor();
}

async function signedInPage(browser) {
  if (!state.page) {
    state.page = await newPage(browser, PHONE);
    await signIn(state.page, NURSE);
  }
  return state.page;
}

function needsPatient() {
  assert.ok(state.patientId, "the patient of this journey was registered");
}

await run([
  ["a patient is registered with the family's consent and the photographed form, after the problems of a first attempt showed beside the fields", async (browser) => {
    const page = await signedInPage(browser);
    await page.getByRole("link", { name: "療養者を登録" }).click();
    await page.getByRole("heading", { level: 1, name: "療養者の登録" }).waitFor();
    await settledApp(page);
    await checkBothSizes(page, "patient-register");

    // a first attempt: a kana in latin letters, no birth date, no sex, no consent form
    await page.getByLabel(/^氏名/).fill(PATIENT_NAME);
    await page.getByLabel(/^よみがな/).fill("tekkai");
    await page.getByLabel(/^住所/).fill("愛知県西尾市寄住町下田22");
    await page.getByRole("button", { name: "同意を確認して登録する" }).click();
    await page.getByRole("alert").filter({ hasText: "入力内容に誤りがあります" }).waitFor();
    assert.match(await errorBeside(page.getByLabel(/^よみがな/)) ?? "", /ひらがなまたはカタカナ/, "the kana's problem is beside the kana");
    assert.match(await errorBeside(page.getByLabel(/^生年月日/)) ?? "", /生年月日/, "the birth date's problem is beside it");
    assert.ok(await errorBeside(page.getByRole("radio", { name: "男性" })), "the sex's problem is beside the choices");
    assert.match(await errorBeside(page.getByLabel(/同意書を撮影/)) ?? "", /同意書/, "the missing form's problem is beside the camera button");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid")), "true", "the focus is on the first field to correct");
    await checkBothSizes(page, "patient-register-problems");

    // corrected: the family consented for a patient who cannot, the form photographed
    await page.getByLabel(/^よみがな/).fill(PATIENT_KANA);
    await page.getByLabel(/^生年月日/).fill("1941-03-15");
    await page.getByRole("radio", { name: "男性" }).check();
    await page.getByRole("radio", { name: "家族" }).check();
    await page.getByLabel(/^家族の氏名/).fill(`撤回 花子`);
    await page.getByLabel(/^続柄/).fill("長女");
    await page.getByRole("radio", { name: "本人の同意が困難" }).check();
    await attachForm(page, "consent-form.pdf");
    await checkBothSizes(page, "patient-register-ready");
    await page.getByRole("button", { name: "同意を確認して登録する" }).click();
    await page.waitForFunction(() => /^#\/patients\/[0-9A-Z]{26}$/.test(location.hash));
    state.patientId = await page.evaluate(() => location.hash.split("/")[2]);
    await page.getByRole("heading", { level: 1, name: new RegExp(PATIENT_NAME) }).waitFor();
    await settledApp(page);
    assert.equal(await page.evaluate(() => sessionStorage.length === 0 || !Object.keys(sessionStorage).some((key) => key.includes("patient-registration"))), true,
      "the registration's draft is gone from the session once registered");
    assert.deepEqual(await page.evaluate(() => [localStorage.length, document.cookie]), [0, ""], "nothing is kept on the device");
    assertNoScriptErrors(page);
  }],

  ["the care team shows each member's profession and facility, adds a member by user id and removes one after a confirmation", async (browser) => {
    needsPatient();
    const page = await signedInPage(browser);
    await go(page, `/patients/${state.patientId}/team`);
    const members = page.locator(".members");
    await members.waitFor();
    assert.match(await members.innerText(), /訪看 さくら[\s\S]*看護師・にしお訪問看護ステーション/, "the registering nurse is the first member, with profession and facility");
    await checkBothSizes(page, "care-team");

    // an unknown user id: the API's refusal beside the field
    const userId = page.getByLabel(/^追加する人のユーザーID/);
    await userId.fill(`no-such-user-${Date.now()}`);
    await userId.press("Enter");
    await page.waitForFunction(() => document.querySelector("[name=userId]")?.getAttribute("aria-invalid") === "true");
    assert.match(await errorBeside(userId) ?? "", /ユーザーIDが見つからないか/, "the refusal is beside the user id");
    await checkBothSizes(page, "care-team-refused");

    // the pharmacist, by keyboard alone
    await userId.fill(PHARMACIST);
    await userId.press("Enter");
    await page.getByRole("status").filter({ hasText: `${PHARMACIST_NAME}さん（薬剤師・みどり薬局）をケアチームに追加しました。` }).waitFor();
    await settledApp(page);
    assert.match(await members.innerText(), /緑 健太[\s\S]*薬剤師・みどり薬局/, "the pharmacist is listed with profession and pharmacy");

    // once more: already a member
    await userId.fill(PHARMACIST);
    await userId.press("Enter");
    await page.waitForFunction(() => document.querySelector("[name=userId]")?.getAttribute("aria-invalid") === "true");
    assert.match(await errorBeside(userId) ?? "", /すでにケアチームのメンバーです/, "already a member, said beside the user id");

    // removing asks first; the keyboard reaches the confirmation
    const remove = page.getByRole("button", { name: `${PHARMACIST_NAME}さんをケアチームから外す` });
    await remove.focus();
    await page.keyboard.press("Enter");
    const confirmation = page.getByRole("group", { name: `${PHARMACIST_NAME}さんをケアチームから外しますか？` });
    await confirmation.waitFor();
    assert.equal(await confirmation.evaluate((element) => element === document.activeElement), true, "the focus moves to the confirmation");
    await checkBothSizes(page, "care-team-remove-confirmation");
    await confirmation.getByRole("button", { name: "やめる" }).click();
    assert.equal(await confirmation.count(), 0, "cancelled, nothing removed");
    assert.match(await members.innerText(), /緑 健太/);
    await remove.click();
    await confirmation.getByRole("button", { name: `${PHARMACIST_NAME}さんを外す` }).click();
    await page.getByRole("status").filter({ hasText: `${PHARMACIST_NAME}さんをケアチームから外しました。` }).waitFor();
    await settledApp(page);
    assert.doesNotMatch(await members.innerText(), /緑 健太/, "the pharmacist is no longer listed");
    const team = await apiCall("GET", `/patients/${state.patientId}/team`, await accessToken(NURSE));
    assert.deepEqual(team.body.items.map((member) => member.userId), [NURSE], "the API agrees: the nurse alone");
    assertNoScriptErrors(page);
  }],

  ["the consents show their history, and a renewed consent with its form becomes the current one", async (browser) => {
    needsPatient();
    const page = await signedInPage(browser);
    await go(page, `/patients/${state.patientId}/consents`);
    const history = page.locator("ol.consents > li");
    await history.first().waitFor();
    assert.equal(await history.count(), 1, "one consent so far");
    assert.match(await history.first().innerText(), /現在の同意[\s\S]*家族：撤回 花子（長女）[\s\S]*本人の同意が困難/, "the family's consent with relation and reason");
    await checkBothSizes(page, "consents");

    await page.getByRole("button", { name: "同意の取り直しを記録する" }).click();
    const renewal = page.getByRole("form", { name: "同意の取り直し" });
    await renewal.getByRole("button", { name: "同意を記録する" }).click();
    await renewal.getByRole("alert").waitFor();
    assert.ok(await errorBeside(renewal.getByRole("radio", { name: "療養者本人" })), "who consented: the problem beside the choices");
    assert.match(await errorBeside(renewal.getByLabel(/同意書を撮影/)) ?? "", /同意書/, "the missing form: the problem beside the camera button");
    await checkBothSizes(page, "consent-renewal-problems");

    await renewal.getByRole("radio", { name: "療養者本人" }).check();
    await attachForm(page, "renewed-consent.pdf");
    await renewal.getByRole("button", { name: "同意を記録する" }).click();
    await page.getByRole("status").filter({ hasText: "同意を記録しました。" }).waitFor();
    await settledApp(page);
    await page.waitForFunction(() => document.querySelectorAll("ol.consents > li").length === 2);
    assert.match(await history.first().innerText(), /現在の同意[\s\S]*同意した人\s*本人/, "the patient's own consent is the current one");
    assert.match(await history.nth(1).innerText(), /以前の同意[\s\S]*家族/, "the family's consent is kept in the history");
    assertNoScriptErrors(page);
  }],

  ["a withdrawal asks for the patient's name, purges the record for everyone, and its receipt reaches 削除完了", async (browser) => {
    needsPatient();
    const page = await signedInPage(browser);
    await go(page, `/patients/${state.patientId}/consents`);
    await page.getByRole("button", { name: "同意の撤回を受け付ける" }).click();
    const withdrawal = page.getByRole("form", { name: "同意の撤回" });
    await withdrawal.waitFor();
    assert.match(await withdrawal.locator(".danger-zone").innerText(), /元に戻せません[\s\S]*全員（あなたを含む）から見えなく[\s\S]*すべての利用者の分まとめて削除[\s\S]*復元できません/,
      "the statement says everything is purged for everyone and cannot be undone");
    await checkBothSizes(page, "withdrawal");

    // a wrong name withdraws nothing
    await withdrawal.getByRole("radio", { name: "家族" }).check();
    await withdrawal.getByLabel(/^申し出た家族の続柄/).fill("長女");
    await withdrawal.getByLabel(/^受付のメモ/).fill("訪問時に口頭で申し出あり");
    const confirmName = withdrawal.getByLabel(/^確認のため、療養者の氏名/);
    await confirmName.fill("西尾 太郎");
    await withdrawal.getByRole("button", { name: "撤回を登録し、すべてのデータを削除する" }).click();
    await page.waitForFunction(() => document.querySelector("[name=confirmName]")?.getAttribute("aria-invalid") === "true");
    assert.match(await errorBeside(confirmName) ?? "", new RegExp(`「${PATIENT_NAME}」と入力してください`), "the confirmation's problem is beside it");
    const token = await accessToken(NURSE);
    assert.equal((await apiCall("GET", `/patients/${state.patientId}`, token)).status, 200, "nothing was withdrawn");
    await checkBothSizes(page, "withdrawal-unconfirmed");

    // the name without its space still counts as typed
    await confirmName.fill(PATIENT_NAME.replace(" ", ""));
    await withdrawal.getByRole("button", { name: "撤回を登録し、すべてのデータを削除する" }).click();
    await page.getByRole("heading", { level: 1, name: "同意撤回の受付" }).waitFor();
    const receipt = await page.evaluate(() => location.hash.slice(1));
    assert.match(`#${receipt}`, new RegExp(`^#/patients/${state.patientId}/consents\\?withdrawal=[0-9A-Z]{26}$`), "the receipt has its own address");
    await page.waitForFunction(() => document.querySelector(".receipt-state")?.textContent === "削除完了", null, { timeout: 60_000 });
    await settledApp(page);
    assert.match(await page.locator("main").innerText(), /申し出た人\s*家族（長女）[\s\S]*削除したデータ\s*\d+件[\s\S]*削除したファイル\s*[1-9]\d*件/,
      "the receipt tells who asked and what was deleted, the two consent forms among the files");
    await checkBothSizes(page, "withdrawal-receipt");

    // gone for everyone, the receipt reachable again
    assert.equal((await apiCall("GET", `/patients/${state.patientId}`, token)).status, 404, "the API answers 404 for the patient");
    await go(page, `/patients/${state.patientId}`);
    await page.getByRole("heading", { level: 1, name: NOT_FOUND }).waitFor();
    await checkBothSizes(page, "withdrawn-patient");
    await go(page, "/");
    assert.doesNotMatch(await page.locator("main").innerText(), new RegExp(PATIENT_NAME), "not in the patient list");
    await go(page, `/patients/${state.patientId}/consents`);
    await page.getByRole("heading", { level: 1, name: "同意撤回の受付" }).waitFor();
    await go(page, receipt);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "同意撤回の受付" }).waitFor();
    await page.waitForFunction(() => document.querySelector(".receipt-state")?.textContent === "削除完了");
    assertNoScriptErrors(page);
  }],
]);
