// Every page of the portal site renders what the API holds for the demo network, and never a field that a
// facility chose to hide (§17-2).

import {
  DESKTOP, NETWORK, PHONE, api, assert, assertNoScriptErrors, newPage, open, run, screenshot, settled, text,
} from "./browser.mjs";

// Demo seed (DemoSeed.java): what is published, and what is not.
const LISTED = ["西尾市役所 長寿課", "西尾市民病院", "いげたクリニック", "にしお訪問看護ステーション", "みどり薬局"];
const CLINIC = "01KDEM0FAC0000000000000003"; // publishes name, kind and address; hides its phone
const CLINIC_PHONE = "0563-00-0003";
const NURSING_STATION_ADDRESS = "徳次町"; // the nursing station hides its address
const DAY_SERVICE = "01KDEM0FAC0000000000000007"; // publishes kind and address; hides its name and phone
const DAY_SERVICE_NAME = "吉良デイサービスセンター";
const CARE_MANAGEMENT = "01KDEM0FAC0000000000000006"; // not listed at all
const CARE_MANAGEMENT_NAME = "西尾ケアプランセンター";
const HIDDEN = [CLINIC_PHONE, NURSING_STATION_ADDRESS, DAY_SERVICE_NAME, "0563-00-0007", CARE_MANAGEMENT_NAME, "上町1-1"];

function assertHidesWhatFacilitiesHide(shown) {
  for (const hidden of HIDDEN) {
    assert.ok(!shown.includes(hidden), `the page shows a hidden field: ${hidden}`);
  }
}

function firstParagraph(body) {
  return String(body).replace(/\r\n?/g, "\n").split(/\n\s*\n/).map((block) => block.trim()).find(Boolean) ?? "";
}

/** The first line of the first paragraph: innerText may break a paragraph's lines differently. */
function firstLine(body) {
  return firstParagraph(body).split("\n")[0].trim();
}

async function serviceIsNormal() {
  try {
    return (await api("/portal/status", { network: NETWORK })).state !== "suspended";
  } catch {
    return true; // no status known: the site shows no banner
  }
}

await run([
  ["the top page shows the network's overview and its latest announcements", async (browser) => {
    const page = await open(await newPage(browser), "index.html");
    assert.equal(await page.locator(".problem").count(), 0, await text(page, "main"));
    const overview = await api("/portal/overview", { network: NETWORK });
    assert.equal(await page.locator("#overview-title").innerText(), overview.title);
    assert.ok((await text(page, "#overview")).includes(firstLine(overview.body)), "the overview's text is shown");
    const latest = await api("/portal/announcements", { network: NETWORK, limit: 5 });
    const shown = await text(page, "#latest-announcements");
    if (latest.items.length === 0) {
      assert.ok(shown.includes("お知らせはありません"));
    }
    for (const announcement of latest.items) {
      assert.ok(shown.includes(announcement.title), `the announcement ${announcement.title} is listed`);
    }
    if (await serviceIsNormal()) {
      assert.equal(await page.locator(".status-banner").count(), 0, "no banner while the service runs normally");
    }
    assertNoScriptErrors(page);
  }],

  ["the top page is laid out for phones and desktops", async (browser) => {
    for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
      const page = await open(await newPage(browser, viewport), "index.html");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling on a ${name} (${overflow}px too wide)`);
      await screenshot(page, `top-${name}`);
      await page.context().close();
    }
  }],

  ["the directory lists the seeded facilities and nothing that a facility hides", async (browser) => {
    const page = await open(await newPage(browser), "facilities.html");
    const shown = await text(page, "main");
    for (const name of LISTED) {
      assert.ok(shown.includes(name), `${name} is listed`);
    }
    assert.ok(shown.includes("施設名非公開の参加施設"), "a facility that hides its name is listed without it");
    assertHidesWhatFacilitiesHide(await text(page));
    assertHidesWhatFacilitiesHide(await page.content());
    assertNoScriptErrors(page);
  }],

  ["a search by name or kana shows what the API finds", async (browser) => {
    const page = await open(await newPage(browser), "facilities.html");
    await page.getByLabel("施設名・よみがな").fill("にしお");
    await page.getByRole("button", { name: "検索する" }).click();
    await page.waitForURL(/q=/);
    await settled(page);
    const found = await api("/portal/facilities", { network: NETWORK, q: "にしお" });
    const names = await page.locator("#results .cards h3").allInnerTexts();
    assert.deepEqual(names, found.items.map((facility) => facility.name ?? "施設名非公開の参加施設"));
    assert.ok(names.length > 0 && !names.includes("みどり薬局"));
    assert.equal(await page.getByLabel("施設名・よみがな").inputValue(), "にしお", "the search stays in the form");
    assertNoScriptErrors(page);
  }],

  ["a filter by kind shows only facilities of that kind", async (browser) => {
    const page = await open(await newPage(browser), "facilities.html");
    await page.getByLabel("種別").selectOption("clinic");
    await page.getByRole("button", { name: "検索する" }).click();
    await page.waitForURL(/kind=clinic/);
    await settled(page);
    const names = await page.locator("#results .cards h3").allInnerTexts();
    assert.ok(names.includes("いげたクリニック"), names.join());
    assert.ok(!names.includes("西尾市民病院") && !names.includes("みどり薬局"), names.join());
    for (const kind of await page.locator("#results .badge").allInnerTexts()) {
      assert.equal(kind, "診療所");
    }
    assertNoScriptErrors(page);
  }],

  ["the directory pages on by the API's cursor", async (browser) => {
    const page = await newPage(browser);
    // two facilities a page, so that the demo network's handful spans pages
    await page.route(/\/portal\/facilities\?/, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("limit", "2");
      return route.continue({ url: url.toString() });
    });
    await open(page, "facilities.html");
    const first = await page.locator("#results .cards h3").allInnerTexts();
    assert.equal(first.length, 2);
    await page.getByRole("link", { name: "次のページへ" }).click();
    await page.waitForURL(/cursor=/);
    await settled(page);
    const second = await page.locator("#results .cards h3").allInnerTexts();
    assert.ok(second.length > 0 && second.every((name) => !first.includes(name)), `${first} then ${second}`);
    await page.getByRole("link", { name: "最初のページへ" }).click();
    await page.waitForURL((url) => !url.search.includes("cursor"));
    await settled(page);
    assert.deepEqual(await page.locator("#results .cards h3").allInnerTexts(), first);
    assertNoScriptErrors(page);
  }],

  ["a facility's page shows only the fields it publishes", async (browser) => {
    const page = await open(await newPage(browser), `facility.html?id=${CLINIC}`);
    assert.equal(await page.locator("h1").innerText(), "いげたクリニック");
    const shown = await text(page, "main");
    // the address as the API has it now: other tests of the shared system may have moved the clinic
    const clinic = await api(`/portal/facilities/${CLINIC}`);
    assert.ok(shown.includes(clinic.address) && shown.includes("診療所"), `${clinic.address} in ${shown}`);
    assert.ok(!shown.includes("電話番号"), "no phone row for a facility that hides its phone");
    assertHidesWhatFacilitiesHide(await page.content());

    await open(page, `facility.html?id=${DAY_SERVICE}`);
    assert.equal(await page.locator("h1").innerText(), "施設名非公開の参加施設");
    assert.ok((await text(page, "main")).includes("吉良町吉田1-1"));
    assertHidesWhatFacilitiesHide(await page.content());

    await open(page, `facility.html?id=${CARE_MANAGEMENT}`);
    assert.ok((await text(page, "main")).includes("見つからないか、情報を公開していません"));
    assertHidesWhatFacilitiesHide(await page.content());
    assertNoScriptErrors(page);
  }],

  ["the announcements are listed newest first, filtered by kind and shown one by one", async (browser) => {
    const page = await open(await newPage(browser), "announcements.html");
    const all = await api("/portal/announcements", { network: NETWORK });
    const titles = await page.locator("#announcements h3").allInnerTexts();
    assert.deepEqual(titles, all.items.map((announcement) => announcement.title));
    const published = await page.locator("#announcements .meta time").evaluateAll((times) => times.map((time) => time.dateTime));
    assert.deepEqual(published, [...published].sort().reverse(), "newest first");
    if (all.items.length === 0) {
      assert.ok((await text(page, "#announcements")).includes("お知らせはありません"));
      return;
    }
    const kind = all.items[0].kind;
    await page.getByLabel("お知らせの種類").selectOption(kind);
    await page.getByRole("button", { name: "絞り込む" }).click();
    await page.waitForURL(new RegExp(`kind=${kind}`));
    await settled(page);
    const ofKind = await api("/portal/announcements", { network: NETWORK, kind });
    assert.deepEqual(await page.locator("#announcements h3").allInnerTexts(), ofKind.items.map((a) => a.title));
    for (const label of await page.locator("#announcements .badge").allInnerTexts()) {
      assert.equal(label, all.items[0].kindLabel);
    }

    const newest = all.items[0];
    await page.getByRole("link", { name: newest.title }).first().click();
    await page.waitForURL(/announcement\.html\?id=/);
    await settled(page);
    assert.equal(await page.locator("h1").innerText(), newest.title);
    const shown = await text(page, "main");
    assert.ok(shown.includes(firstLine(newest.body)) && shown.includes(newest.kindLabel), shown);
    assert.ok((await page.title()).startsWith(newest.title));
    assertNoScriptErrors(page);
  }],

  ["the terms in force are shown with links to every version", async (browser) => {
    const page = await open(await newPage(browser), "terms.html");
    const current = await api("/portal/terms/current", { network: NETWORK });
    assert.equal(await page.locator("h1").innerText(), current.title);
    const shown = await text(page, "main");
    assert.ok(shown.includes(current.version) && shown.includes(firstLine(current.text)), shown.slice(0, 500));
    await screenshot(page, "terms-desktop");
    const versionLinks = page.locator("#versions a");
    assert.equal(await versionLinks.count(), current.versions.length);
    const past = current.versions.find((version) => version.version !== current.version);
    if (past) {
      await versionLinks.nth(current.versions.indexOf(past)).click();
      await page.waitForURL(/version=/);
      await settled(page);
      const earlier = await api(`/portal/terms/${encodeURIComponent(past.version)}`, { network: NETWORK });
      assert.ok((await text(page, "main")).includes("現在施行中の利用規約ではありません"));
      assert.ok((await text(page, "main")).includes(firstLine(earlier.text)));
    }
    assertNoScriptErrors(page);
  }],

  ["the joining steps and the application form with its pledge are shown", async (browser) => {
    const page = await open(await newPage(browser), "join.html");
    assert.equal(await page.locator("h1").innerText(), "参加するには");
    assert.ok(await page.locator("ol.steps > li").count() >= 5);
    await open(page, "apply.html");
    assert.ok((await text(page, "#pledge-text")).includes("いげたネットの利用登録に係る誓約書"));
    assert.ok(await page.locator("#facility-name").isVisible());
    assertNoScriptErrors(page);
  }],
]);
