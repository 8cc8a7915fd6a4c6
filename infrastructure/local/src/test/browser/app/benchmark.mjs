// The web app on a slow phone: Chromium with its CPU slowed 4× and DevTools' "Fast 3G" network, against a running
// local system. Prints, for a cold load (empty cache) and a warm reload: the time to the patient list rendered and to
// a patient's timeline rendered, and the bytes of JS and CSS transferred (compressed, as sent). A benchmark, not a
// test: it prints figures and fails only when a screen does not render.
//
//   APP_URL=http://localhost:3002 SITE_URL=http://localhost:3001 API_URL=http://localhost:3000 \
//     node infrastructure/local/src/test/browser/app/benchmark.mjs [--runs 5]
//
// The session is handed to the tab as the app keeps it (sessionStorage) so that only loading and rendering are timed;
// the times are the page's own, from the start of the navigation to the first render of the awaited screen.

import { launch } from "../browser.mjs";
import { APP_URL, appConfig, cognito, DEMO_PASSWORD, NURSE, TARO } from "./kit.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
/** DevTools' "Fast 3G" preset. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 / 8) * 0.9, uploadThroughput: (750 * 1024 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;

async function session() {
  const config = await appConfig();
  const answer = await cognito("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH", ClientId: config.clientId, AuthParameters: { USERNAME: NURSE, PASSWORD: DEMO_PASSWORD },
  });
  const tokens = answer.AuthenticationResult;
  const exp = JSON.parse(Buffer.from(tokens.AccessToken.split(".")[1], "base64url").toString()).exp;
  return { username: NURSE, accessToken: tokens.AccessToken, refreshToken: tokens.RefreshToken, expiresAt: exp * 1000 };
}

/** A tab on a slow phone with the session in place; counts the JS and CSS bytes it receives. */
async function slowPhone(context, stored) {
  await context.addInitScript((value) => sessionStorage.setItem("igetanet.session", value), JSON.stringify(stored));
  // the page notes when the awaited screen first shows, in its own clock (from the start of the navigation)
  await context.addInitScript(() => {
    new MutationObserver(() => {
      const selector = window.__benchmarkSelector;
      if (selector && window.__benchmarkShownAt === undefined && document.querySelector(selector)) {
        window.__benchmarkShownAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send("Network.enable");
  await client.send("Network.emulateNetworkConditions", FAST_3G);
  await client.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const types = new Map();
  const bytes = { total: 0 };
  client.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
  client.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId);
    if (type === "Script" || type === "Stylesheet") {
      bytes.total += event.encodedDataLength;
    }
  });
  return { page, bytes };
}

/** Milliseconds from the start of the navigation to the selector's first element in the page. */
async function timed(page, action, selector) {
  await page.context().addInitScript((wanted) => { window.__benchmarkSelector = wanted; }, selector);
  await action();
  await page.waitForSelector(selector, { timeout: 60_000 });
  return Math.round(await page.evaluate(() => window.__benchmarkShownAt));
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${String(median).padStart(5)}   min ${String(sorted[0]).padStart(5)}   max ${String(sorted.at(-1)).padStart(5)}`;
}

const browser = await launch();
const figures = { listCold: [], listWarm: [], recordCold: [], recordWarm: [], bytesCold: [], bytesWarm: [] };
try {
  const stored = await session();
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    const { page, bytes } = await slowPhone(context, stored);
    figures.listCold.push(await timed(page, () => page.goto(`${APP_URL}/#/`), ".patient-list .patient"));
    figures.bytesCold.push(bytes.total);
    bytes.total = 0;
    figures.listWarm.push(await timed(page, () => page.reload(), ".patient-list .patient"));
    figures.bytesWarm.push(bytes.total);
    await context.close();

    const recordContext = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
    const record = await slowPhone(recordContext, stored);
    figures.recordCold.push(await timed(record.page, () => record.page.goto(`${APP_URL}/#/patients/${TARO}`), ".timeline > li"));
    figures.recordWarm.push(await timed(record.page, () => record.page.reload(), ".timeline > li"));
    await recordContext.close();
  }
} finally {
  await browser.close();
}

console.log(`web app on a slow phone (CPU ${CPU_SLOWDOWN}× slower, Fast 3G: 562.5 ms, 1.44 Mbit/s down), ${RUNS} runs, ms`);
console.log(`  patient list, cold load      ${summary(figures.listCold)}`);
console.log(`  patient list, warm reload    ${summary(figures.listWarm)}`);
console.log(`  timeline, cold load          ${summary(figures.recordCold)}`);
console.log(`  timeline, warm reload        ${summary(figures.recordWarm)}`);
console.log(`  JS+CSS transferred, cold     ${(figures.bytesCold[0] / 1024).toFixed(1)} KB (compressed)`);
console.log(`  JS+CSS transferred, warm     ${(figures.bytesWarm[0] / 1024).toFixed(1)} KB (revalidated or cached)`);
