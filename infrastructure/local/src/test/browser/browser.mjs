// What the portal site's browser checks share: the running system's addresses, Debian's Chromium driven by
// playwright-core, a tiny runner of named checks, and reads of the API to compare the pages with.
//
// Each script is run by PortalSiteIT against the shared local system, or by hand against a running one:
//   SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 node src/test/browser/pages.mjs
// Environment: SITE_URL, API_URL (required); NETWORK (default nishio); CHROMIUM (default /usr/bin/chromium);
// SCREENSHOT_DIR (default target/screenshots). A missing browser or driver fails the script; nothing is skipped.

import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

export { assert };

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: the browser checks need the running site and API (see browser.mjs)`);
    process.exit(2);
  }
  return value.replace(/\/+$/, "");
}

export const SITE_URL = required("SITE_URL");
export const API_URL = required("API_URL");
export const NETWORK = process.env.NETWORK || "nishio";
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR
  || resolve(dirname(fileURLToPath(import.meta.url)), "../../../target/screenshots");

/** Phone and desktop viewports of the screenshots and the layout checks. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Chromium through playwright-core; exits with a plain message when either is missing. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`);
    process.exit(2);
  }
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (error) {
    console.error(`playwright-core is missing: run npm ci in infrastructure/local (${error.message})`);
    process.exit(2);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-background-networking"],
  });
}

/** A fresh page at a viewport that records uncaught script errors; check with assertNoScriptErrors. */
export async function newPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  page.scriptErrors = [];
  page.on("pageerror", (error) => page.scriptErrors.push(error.message));
  page.setDefaultTimeout(15_000);
  return page;
}

/** Opens a page of the site and waits until every part it loads from the API has arrived. */
export async function open(page, path) {
  const response = await page.goto(`${SITE_URL}/${path}`);
  assert.equal(response.status(), 200, `${path} answers 200`);
  await settled(page);
  return page;
}

/** Waits until no part of the page is still loading (aria-busy) and the status request has been answered. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelectorAll("[aria-busy='true']").length === 0);
  await page.waitForLoadState("networkidle");
}

export function assertNoScriptErrors(page) {
  assert.deepEqual(page.scriptErrors, [], "no uncaught script errors");
}

/** The visible text of an element, the whole page by default. */
export function text(page, selector = "body") {
  return page.locator(selector).innerText();
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  screenshot ${file}`);
}

/** A GET of the API, for what the pages should show; any answer but 2xx throws with its status and body. */
export async function api(path, query = {}) {
  const url = new URL(API_URL + path);
  for (const [name, value] of Object.entries(query)) {
    url.searchParams.set(name, value);
  }
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`GET ${url.pathname}${url.search} answered ${response.status}: ${body}`);
  }
  return JSON.parse(body);
}

/**
 * Runs the named checks in order, each on its own, and ends the process: exit code 0 when all of them held, 1
 * otherwise. A check that fails does not stop the others.
 */
export async function run(checks) {
  const browser = await launch();
  let failed = 0;
  try {
    for (const [name, check] of checks) {
      const started = Date.now();
      try {
        await check(browser);
        console.log(`ok      ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`FAILED  ${name}\n        ${String(error.stack || error).replace(/\n/g, "\n        ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${checks.length - failed} of ${checks.length} browser checks held`);
  process.exit(failed === 0 ? 0 : 1);
}
