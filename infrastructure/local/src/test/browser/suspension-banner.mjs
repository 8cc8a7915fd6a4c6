// While the operator has declared the service suspended (§25), every page shows the banner with the reason, as an
// alert before the main content. PortalSiteIT declares the suspension before this script and ends it after.
// Environment: EXPECTED_REASON, the reason the operator gave.

import { PHONE, assert, assertNoScriptErrors, newPage, open, run, screenshot } from "./browser.mjs";

const REASON = process.env.EXPECTED_REASON;
const PAGES = ["index.html", "facilities.html", "facility.html?id=01KDEM0FAC0000000000000003", "announcements.html",
  "announcement.html?id=01KDEM0ANN0000000000000001", "terms.html", "join.html", "apply.html"];

await run(PAGES.map((path) => [`${path} shows the suspension banner`, async (browser) => {
  assert.ok(REASON, "EXPECTED_REASON is set");
  const page = await open(await newPage(browser, path === "index.html" ? PHONE : undefined), path);
  const banner = page.getByRole("alert").filter({ hasText: "サービスを一時停止しています" });
  await banner.waitFor();
  const shown = await banner.innerText();
  assert.ok(shown.includes(REASON), `the banner gives the reason: ${shown}`);
  assert.ok(shown.includes("再開の見込み"), `the banner gives the expected end: ${shown}`);
  const beforeMain = await page.evaluate(() => {
    const bannerElement = document.querySelector(".status-banner");
    return Boolean(bannerElement.compareDocumentPosition(document.querySelector("main")) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(beforeMain, "the banner comes before the main content");
  if (path === "index.html") {
    await screenshot(page, "top-suspended-phone");
  }
  assertNoScriptErrors(page);
}]));
