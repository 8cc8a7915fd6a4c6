// The application form (§6-1, 様式第1): the pledge must be agreed to, bad input comes back with the API's own
// messages beside the fields it names, and good input is accepted with its application number shown. A line
// "APPLICATION <id>" tells PortalSiteIT which application to look up as the operator.

import { DESKTOP, PHONE, assert, assertNoScriptErrors, newPage, open, run, screenshot, settled } from "./browser.mjs";

// by the controls' ids (their labels are checked by accessibility.mjs)
const GOOD = {
  "facility-name": "ブラウザ確認在宅クリニック",
  "facility-kana": "ブラウザカクニンザイタククリニック",
  "facility-postal-code": "445-0063",
  "facility-address": "愛知県西尾市今川町3-3",
  "facility-phone": "0563-00-0301",
  "administrator-name": "確認 太郎",
  "administrator-kana": "カクニン タロウ",
  "administrator-email": "kakunin@example.jp",
  "pledge-signer": "確認 太郎",
};

async function fill(page, values) {
  for (const [id, value] of Object.entries(values)) {
    await page.locator(`#${id}`).fill(value);
  }
}

/** The API's answer to the page's next POST /registrations. */
function exchangeOf(page) {
  return page.waitForResponse((response) => response.url().endsWith("/registrations")
    && response.request().method() === "POST");
}

await run([
  ["the form is laid out for phones and desktops", async (browser) => {
    for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
      const page = await open(await newPage(browser, viewport), "apply.html");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling on a ${name} (${overflow}px too wide)`);
      await screenshot(page, `apply-${name}`);
      await page.context().close();
    }
  }],

  ["nothing is sent until the pledge is agreed to", async (browser) => {
    const page = await open(await newPage(browser), "apply.html");
    let sent = false;
    page.on("request", (request) => {
      sent ||= request.method() === "POST";
    });
    await fill(page, GOOD);
    await page.getByRole("button", { name: "入力内容を確認する" }).click();
    await assert.doesNotReject(page.locator("#pledge-agreed-error").getByText("同意してください").waitFor());
    assert.equal(await page.locator("#error-summary").isVisible(), true);
    assert.equal(await page.locator("#confirm-step").isVisible(), false);
    assert.equal(sent, false, "no request before the pledge is agreed to");
    assertNoScriptErrors(page);
  }],

  ["bad input comes back with the API's messages beside each field", async (browser) => {
    const page = await open(await newPage(browser), "apply.html");
    await fill(page, {
      ...GOOD,
      "facility-kana": "burauza",
      "facility-postal-code": "44500",
      "facility-phone": "12-34",
      "administrator-email": "kakunin-at-example",
      "pledge-signed-on": "2099-12-31",
    });
    await page.getByLabel("上の誓約書の内容を誓約し、利用規約に同意します").check();
    await page.getByRole("button", { name: "入力内容を確認する" }).click();
    await page.locator("#confirm-step").waitFor();
    assert.ok((await page.locator("#confirm-details").innerText()).includes("44500"), "the confirmation shows the input");

    const answer = exchangeOf(page);
    await page.getByRole("button", { name: "この内容で申請する" }).click();
    const response = await answer;
    assert.equal(response.status(), 400, await response.text());
    const problem = await response.json();
    const fields = problem.errors.map((error) => error.field);
    for (const expected of ["facility.kana", "facility.kind", "facility.postalCode", "facility.phone",
      "administrator.profession", "administrator.email", "pledge.signedOn"]) {
      assert.ok(fields.includes(expected), `the API names ${expected}: ${fields}`);
    }
    await page.locator("#error-summary").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), "error-summary", "the summary takes the focus");
    const summary = await page.locator("#error-summary").innerText();
    for (const error of problem.errors) {
      assert.ok(summary.includes(error.message), `the summary lists ${error.message}`);
      const beside = page.locator(`.field-error[data-field="${error.field}"]`);
      if (await beside.count() === 0) {
        continue; // a message about the whole request: the summary shows it
      }
      assert.ok((await beside.innerText()).includes(error.message), `${error.field}: ${error.message}`);
      const control = await beside.evaluate((element) => {
        const target = document.getElementById(element.id.replace(/-error$/, ""));
        const input = target.tagName === "FIELDSET" ? target.querySelector("input") : target;
        return { invalid: input.getAttribute("aria-invalid"), describedBy: input.getAttribute("aria-describedby") ?? "",
          describedByFieldset: target.getAttribute("aria-describedby") ?? "" };
      });
      assert.equal(control.invalid, "true", `${error.field} is marked invalid`);
      const errorId = await beside.getAttribute("id");
      assert.ok(control.describedBy.split(" ").includes(errorId) || control.describedByFieldset.split(" ").includes(errorId),
        `${error.field}'s control is described by its message`);
    }
    assert.equal(await page.locator("#facility-name").getAttribute("aria-invalid"), null,
      "a good field is not marked");
    await screenshot(page, "apply-errors-desktop");
    assertNoScriptErrors(page);
  }],

  ["good input is accepted and its application number is shown", async (browser) => {
    const page = await open(await newPage(browser), "apply.html");
    await fill(page, GOOD);
    await page.locator("#facility-kind").selectOption("clinic");
    await page.locator("#administrator-profession").selectOption("doctor");
    await page.getByLabel("上の誓約書の内容を誓約し、利用規約に同意します").check();
    await page.getByRole("button", { name: "入力内容を確認する" }).click();
    await page.locator("#confirm-step").waitFor();
    const confirmation = await page.locator("#confirm-details").innerText();
    for (const value of Object.values(GOOD)) {
      assert.ok(confirmation.includes(value), `the confirmation shows ${value}`);
    }
    assert.ok(confirmation.includes("診療所") && confirmation.includes("医師"), confirmation);

    const answer = exchangeOf(page);
    await page.getByRole("button", { name: "この内容で申請する" }).click();
    const response = await answer;
    assert.equal(response.status(), 202, await response.text());
    const sent = JSON.parse(response.request().postData());
    assert.equal(sent.facility.name, GOOD["facility-name"]);
    assert.equal(sent.pledge.formVersion, "1");
    await page.locator("#done-step").waitFor();
    const shownId = await page.locator("#application-id").innerText();
    assert.equal(shownId, (await response.json()).applicationId);
    assert.match(shownId, /^[0-9A-Z]{26}$/);
    assert.equal(await page.evaluate(() => document.activeElement.id), "done-title");
    await settled(page);
    assertNoScriptErrors(page);
    console.log(`APPLICATION ${shownId}`);
  }],
]);
