// What the web app's browser checks share, on top of browser.mjs: the app's address and settings, signing in as a
// demo user through the app's own form, Cognito's API for what a script prepares (tokens, TOTP codes), axe-core, and
// the checks every screen must pass at phone and desktop size.
//
// Run by WebAppIT against the shared local system, or by hand against a running one:
//   APP_URL=http://localhost:3002 SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 node src/test/browser/app/journeys.mjs
// Environment: APP_URL (required) and browser.mjs's. The demo users and their password come from the demo seed.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { generateSync } from "otplib";
import { API_URL, DESKTOP, PHONE, assert, screenshot } from "../browser.mjs";

export const APP_URL = (process.env.APP_URL || "").replace(/\/+$/, "");
if (!APP_URL) {
  console.error("APP_URL is not set: the web app's checks need the running app (see kit.mjs)");
  process.exit(2);
}

export const DEMO_PASSWORD = "Igeta-Demo-2026";
export const NURSE = "houkan-nurse";
export const PHARMACIST = "midori-pharmacist";
export const FACILITY_ADMIN = "igeta-admin";
export const OPERATOR = "nishio-operator";
export const PARTNER_NURSE = "hekinan-nurse";
export const TARO = "01KDEM0PAT0000000000000001";
export const HANA = "01KDEM0PAT0000000000000002";
/** The narrowest phone the app supports. */
export const SMALL_PHONE = { width: 360, height: 640 };

/** The app's settings as the running system writes them into /config.js. */
export async function appConfig() {
  const script = await (await fetch(`${APP_URL}/config.js`)).text();
  return JSON.parse(script.slice(script.indexOf("{"), script.lastIndexOf("}") + 1));
}

/** One call of Cognito's user pool API, as the app makes it. */
export async function cognito(operation, body) {
  const config = await appConfig();
  const response = await fetch(config.cognitoEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`Cognito ${operation} answered ${response.status}: ${JSON.stringify(answer)}`);
  }
  return answer;
}

/** An access token of a user who signs in with a password alone. */
export async function accessToken(user, password = DEMO_PASSWORD) {
  const config = await appConfig();
  const answer = await cognito("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH", ClientId: config.clientId, AuthParameters: { USERNAME: user, PASSWORD: password },
  });
  assert.ok(answer.AuthenticationResult, `${user} signs in without a challenge: ${JSON.stringify(answer)}`);
  return answer.AuthenticationResult.AccessToken;
}

/** A call of the API with a token; answers the status and the parsed body. */
export async function apiCall(method, path, token, body) {
  const response = await fetch(API_URL + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The current code of an authenticator app with this secret (what the user would type). */
export function totpCode(secret) {
  return generateSync({ secret: secret.replace(/\s/g, ""), algorithm: "sha1", digits: 6, period: 30 });
}

/** Opens the app (signed out) in a page. */
export async function openApp(page, path = "/") {
  const response = await page.goto(`${APP_URL}/#${path}`);
  assert.equal(response.status(), 200, "the app answers 200");
  await page.waitForSelector("#app > *:not(.boot)");
}

/** Signs in through the app's form with a user who has no second factor; waits for the patient list. */
export async function signIn(page, user, password = DEMO_PASSWORD) {
  await openApp(page);
  await page.getByLabel("ユーザーID").fill(user);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await page.getByRole("heading", { level: 1, name: "担当の療養者" }).waitFor();
  await settledApp(page);
}

/** Waits until nothing on the screen is loading. */
export async function settledApp(page) {
  await page.waitForFunction(() => document.querySelectorAll("[aria-busy='true']").length === 0);
  await page.waitForLoadState("networkidle");
}

/** Goes to an address of the app (its hash route) and waits until the screen has loaded. */
export async function go(page, path) {
  await page.evaluate((target) => { location.hash = target; }, path);
  await page.waitForFunction((target) => location.hash === `#${target}`, path);
  await settledApp(page);
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // evaluated through the DevTools protocol, which the app's content security policy (no inline scripts) allows
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }));
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * What every screen must pass, at the page's current size: no serious or critical axe violation, nothing wider
 * than the screen, every visible button, link and form control at least 44 px tall (inline links in running text
 * excepted), and a screenshot under the build's target folder.
 */
export async function checkScreen(page, name) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${name}: axe-core finds no serious or critical violation`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${name}: nothing is wider than the screen (overflow ${overflow} px)`);
  const small = await page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll("button, a[href], input:not([type=hidden]):not(.visually-hidden), select, textarea, summary")) {
      const box = element.getBoundingClientRect();
      const inText = element.tagName === "A" && element.closest("p, li, dd, td") && !element.matches(".button, .back, .card, nav a, .post-actions a");
      if (box.width === 0 || box.height === 0 || inText || element.closest("[hidden]")) {
        continue;
      }
      if (element.matches("input[type=checkbox], input[type=radio]")) {
        continue;
      }
      if (box.height < 43.5) {
        found.push(`${element.tagName.toLowerCase()} "${(element.innerText || element.getAttribute("aria-label") || element.name || "").trim().slice(0, 30)}" ${Math.round(box.height)}px`);
      }
    }
    return found;
  });
  assert.deepEqual(small, [], `${name}: every touch target is at least 44 px tall`);
  const size = page.viewportSize();
  await screenshot(page, `app-${name}-${size.width < 700 ? "phone" : "desktop"}`);
}

/** checkScreen at a phone's size and at a desktop's, restoring the page's size after. */
export async function checkBothSizes(page, name) {
  const before = page.viewportSize();
  for (const size of [SMALL_PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(50);
    await checkScreen(page, name);
  }
  await page.setViewportSize(before);
}

export { PHONE, DESKTOP };

/** A PUT of bytes to a presigned address with the headers the API gave, as the app sends it. */
export async function putPresigned(upload, bytes) {
  const headers = { ...(upload.uploadHeaders || {}) };
  delete headers["Content-Length"];
  const response = await fetch(upload.uploadUrl, { method: upload.method || "PUT", headers, body: bytes });
  assert.equal(response.status, 200, `the presigned PUT answers 200: ${await response.text()}`);
}

/** A patient registered through the API by the user of the token, with the patient's own consent and a scan. */
export async function registerPatient(token, name, kana) {
  const scan = Buffer.from("%PDF-1.4\n% consent form\n%%EOF\n");
  const form = await apiCall("POST", "/consent-forms", token, { contentType: "application/pdf", bytes: scan.length });
  assert.equal(form.status, 201, JSON.stringify(form.body));
  await putPresigned(form.body, scan);
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
  const patient = await apiCall("POST", "/patients", token, {
    name, kana, birthDate: "1941-03-03", sex: "male", address: "愛知県西尾市寄住町1-1",
    consent: { givenBy: "patient", consentedOn: today, formId: form.body.formId },
  });
  assert.equal(patient.status, 201, JSON.stringify(patient.body));
  return patient.body.id;
}
