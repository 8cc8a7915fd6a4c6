// Every page can be used with the keyboard alone and reads well: Tab reaches each link and form control with a
// visible focus indicator, every control has a label, the landmarks and the language are declared, and text keeps
// a contrast of at least 4.5:1 (3:1 when large).

import { DESKTOP, assert, assertNoScriptErrors, newPage, open, run } from "./browser.mjs";

const PAGES = ["index.html", "facilities.html", "facility.html?id=01KDEM0FAC0000000000000003", "announcements.html",
  "announcement.html?id=01KDEM0ANN0000000000000001", "terms.html", "join.html", "apply.html"];

/** Marks every element that Tab should reach and returns how many there are. */
function markFocusables(page) {
  return page.evaluate(() => {
    const selector = "a[href], button, input:not([type='hidden']), select, textarea, [tabindex]:not([tabindex='-1'])";
    let count = 0;
    for (const element of document.querySelectorAll(selector)) {
      const style = getComputedStyle(element);
      const shown = element.getClientRects().length > 0 && style.visibility !== "hidden" && !element.closest("[hidden]");
      if (shown && !element.disabled && !element.closest("fieldset:disabled")) {
        element.dataset.keyboardCheck = String(count++);
      }
    }
    return count;
  });
}

/** Presses Tab until the focus has gone round the page; what it reached, and any reached without a visible focus. */
async function tabThrough(page, expected) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const reached = new Set();
  const unseen = [];
  // date inputs take several stops (year, month, day), so allow more presses than elements
  for (let press = 0; press < expected * 4 + 10 && reached.size < expected; press++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) {
        return null;
      }
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const shadowed = style.boxShadow !== "none";
      const box = element.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
      return {
        mark: element.dataset.keyboardCheck ?? null,
        name: `${element.tagName.toLowerCase()}#${element.id} ${(element.innerText || element.getAttribute("aria-label") || "").trim().slice(0, 40)}`,
        visible: (outlined || shadowed) && onScreen,
      };
    });
    if (focused?.mark !== null && focused?.mark !== undefined) {
      reached.add(focused.mark);
      if (!focused.visible) {
        unseen.push(focused.name);
      }
    }
  }
  return { reached, unseen: [...new Set(unseen)] };
}

async function missedElements(page, reached) {
  return page.evaluate((marks) => [...document.querySelectorAll("[data-keyboard-check]")]
    .filter((element) => !marks.includes(element.dataset.keyboardCheck))
    .map((element) => `${element.tagName.toLowerCase()}#${element.id} ${(element.innerText || "").trim().slice(0, 40)}`),
  [...reached]);
}

async function assertKeyboardReachesEverything(page, where) {
  const expected = await markFocusables(page);
  assert.ok(expected > 0, `${where} has links or controls`);
  const { reached, unseen } = await tabThrough(page, expected);
  assert.deepEqual(await missedElements(page, reached), [], `${where}: Tab reaches every link and control`);
  assert.deepEqual(unseen, [], `${where}: the focus is visible on every stop`);
}

async function assertStructure(page, where) {
  const found = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    mains: document.querySelectorAll("main").length,
    banner: document.querySelectorAll("body > header").length,
    navigation: document.querySelectorAll("nav[aria-label]").length,
    footer: document.querySelectorAll("body > footer").length,
    h1: document.querySelectorAll("h1").length,
    skip: document.querySelector("a.skip-link")?.getAttribute("href"),
    unlabelled: [...document.querySelectorAll("input:not([type='hidden']), select, textarea")]
      .filter((control) => control.labels.length === 0 && !control.getAttribute("aria-label")
        && !control.getAttribute("aria-labelledby"))
      .map((control) => control.id || control.name),
    emptyLinks: [...document.querySelectorAll("a[href]")].filter((a) => !a.innerText.trim() && !a.getAttribute("aria-label"))
      .map((a) => a.getAttribute("href")),
  }));
  assert.equal(found.lang, "ja", `${where}: lang="ja"`);
  assert.ok(found.title.includes("いげたネット"), `${where}: a title`);
  assert.equal(found.mains, 1, `${where}: one main`);
  assert.equal(found.banner, 1, `${where}: a header`);
  assert.ok(found.navigation >= 1, `${where}: a labelled navigation`);
  assert.equal(found.footer, 1, `${where}: a footer`);
  assert.equal(found.h1, 1, `${where}: one h1`);
  assert.equal(found.skip, "#main", `${where}: a link to skip to the content`);
  assert.deepEqual(found.unlabelled, [], `${where}: every control has a label`);
  assert.deepEqual(found.emptyLinks, [], `${where}: every link has text`);
}

/** Text whose contrast with its background is below WCAG AA. */
function lowContrastText(page) {
  return page.evaluate(() => {
    const parse = (color) => {
      const [r, g, b, a = 1] = color.match(/[\d.]+/g).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const blend = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const background = (element) => {
      const layers = [];
      for (let current = element; current; current = current.parentElement) {
        const color = parse(getComputedStyle(current).backgroundColor);
        if (color.a > 0) {
          layers.push(color);
          if (color.a === 1) {
            break;
          }
        }
      }
      return layers.reverse().reduce((under, layer) => blend(layer, under), { r: 255, g: 255, b: 255, a: 1 });
    };
    const failures = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const checked = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || checked.has(element) || element.closest("[hidden]")) {
        continue;
      }
      checked.add(element);
      const style = getComputedStyle(element);
      if (element.getClientRects().length === 0 || style.visibility === "hidden") {
        continue;
      }
      const back = background(element);
      const fore = blend(parse(style.color), back);
      const [light, dark] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        failures.push(`${ratio.toFixed(2)}:1 ${element.tagName.toLowerCase()} "${node.textContent.trim().slice(0, 30)}"`);
      }
    }
    return failures;
  });
}

const checks = PAGES.map((path) => [`${path} works by keyboard, is labelled and legible`, async (browser) => {
  const page = await open(await newPage(browser, DESKTOP), path);
  await assertStructure(page, path);
  assert.deepEqual(await lowContrastText(page), [], `${path}: contrast of at least 4.5:1`);
  await assertKeyboardReachesEverything(page, path);
  assertNoScriptErrors(page);
}]);

checks.push(["the application form can be confirmed and sent back to by keyboard alone", async (browser) => {
  const page = await open(await newPage(browser, DESKTOP), "apply.html");
  await page.locator("#pledge-agreed").focus();
  await page.keyboard.press("Space");
  assert.equal(await page.locator("#pledge-agreed").isChecked(), true, "Space ticks the pledge");
  await page.getByRole("button", { name: "入力内容を確認する" }).focus();
  await page.keyboard.press("Enter");
  await page.locator("#confirm-step").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "confirm-title", "the confirmation takes the focus");
  await assertKeyboardReachesEverything(page, "the confirmation step");
  assert.deepEqual(await lowContrastText(page), [], "the confirmation step: contrast of at least 4.5:1");
  await page.getByRole("button", { name: "入力画面に戻る" }).focus();
  await page.keyboard.press("Enter");
  await page.locator("#application").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "facility-name", "back at the first field");
  assertNoScriptErrors(page);
}]);

await run(checks);
