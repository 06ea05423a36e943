import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { buildApp, startApp } from "@/scripts/lib/next-server";
import { ROOT } from "@/tests/helpers/run-script";

// Debian's Chromium, installed by .ci/run; never a downloaded browser.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "test-results", "e2e");

let app: { url: string; stop: () => Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildApp();
  app = await startApp({ MOODTAPE_DATA_DIR: await bundledDataDir(), MOODTAPE_RATE_LIMIT_BURST: "1000" });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await mkdir(SHOTS, { recursive: true });
  await page.goto(app.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function sendMood(text: string): Promise<void> {
  const before = await page.getByTestId("answer").count();
  await page.getByLabel("How do you feel?").fill(text);
  await page.getByLabel("How do you feel?").press("Enter");
  await expect.poll(() => page.getByTestId("answer").count(), { timeout: 15_000 }).toBe(before + 1);
}

describe("security headers on the production server", () => {
  it("sends a CSP that allows only Spotify frames, nosniff, frame-ancestors and no X-Powered-By", async () => {
    for (const path of ["/", "/api/health"]) {
      const res = await fetch(`${app.url}${path}`);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-src https://open.spotify.com");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBeTruthy();
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
  });
});

describe("chat in Chromium", () => {
  it("shows the mode, then emotion chips and songs for an English mood", async () => {
    await expect.poll(() => page.getByTestId("mode").innerText()).toMatch(/offline emotion engine · \d+ songs/);
    await sendMood("I'm heartbroken and can't sleep");
    const answer = page.getByTestId("answer").last();
    expect(await answer.getByTestId("state-chip").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^heartbreak/)]));
    expect(await answer.getByTestId("song").count()).toBeGreaterThan(0);
    await expect.poll(() => answer.getByTestId("song").first().innerText()).toMatch(/Why: A song of /);
    await page.screenshot({ path: join(SHOTS, "english.png"), fullPage: true });
  });

  it("answers a Spanish mood and refines it with a follow-up", async () => {
    await sendMood("¡hoy quiero bailar toda la noche!");
    const es = page.getByTestId("answer").last();
    expect(await es.getByTestId("state-chip").count()).toBeGreaterThan(0);
    const firstTitles = await es.getByTestId("song").allInnerTexts();
    expect(firstTitles.length).toBeGreaterThan(0);
    await sendMood("only Spanish songs");
    const refined = page.getByTestId("answer").last();
    const titles = await refined.getByTestId("song").allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(firstTitles).not.toContain(t);
    await page.screenshot({ path: join(SHOTS, "spanish-refined.png"), fullPage: true });
  });

  it("shows the honest empty state at the top threshold and lowers it in one click", async () => {
    // Settings start closed (they took 40% of a phone's first screen); open them to move the slider.
    expect(await page.getByTestId("settings").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByTestId("settings").locator("summary").click();
    const slider = page.getByRole("slider", { name: "Similarity threshold" });
    await slider.focus();
    await slider.press("End");
    expect(await page.getByTestId("threshold-value").innerText()).toBe("1.00");
    await sendMood("I am very sad");
    const empty = page.getByTestId("answer").last().getByTestId("empty-state");
    await expect.poll(() => empty.innerText()).toMatch(/No song reaches similarity 1/);
    await page.screenshot({ path: join(SHOTS, "empty-state.png"), fullPage: true });
    const before = await page.getByTestId("answer").count();
    const listed = await empty.getByTestId("song").count();
    expect(listed).toBeGreaterThan(1);
    await empty.getByRole("button", { name: new RegExp(`Lower the threshold to [0-9.]+ \\(${listed} songs\\)`) }).click();
    // The retry replaces the empty answer: once it is back, the same number of answers, now with songs.
    const settled = async () =>
      (await page.getByTestId("answer").count()) === before &&
      // (Moving the slider re-applied 1.00 to the answer before too: that one may now be empty.)
      (await page.getByTestId("answer").last().getByTestId("empty-state").count()) === 0 &&
      (await page.getByTestId("answer").last().getByTestId("song").count()) > 0;
    await expect.poll(settled, { timeout: 15_000 }).toBe(true);
    expect(Number(await page.getByTestId("threshold-value").innerText())).toBeLessThan(1);
    // Every song that was listed below the old threshold now passes, not just the nearest one.
    expect(await page.getByTestId("answer").last().getByTestId("song").count()).toBeGreaterThanOrEqual(listed);
  });

  it("lets a person type a number of songs (20 stays 20, not 5 then 50)", async () => {
    const limit = page.getByTestId("limit-input");
    await limit.click();
    await limit.press("Control+A");
    await limit.pressSequentially("20");
    expect(await limit.inputValue()).toBe("20");
    await limit.press("Enter");
    expect(await limit.inputValue()).toBe("20");
    await limit.press("Control+A");
    await limit.pressSequentially("500");
    await limit.blur();
    expect(await limit.inputValue()).toBe("50");
  });
});

describe("chat: examples and a lost connection", () => {
  it("sends an example with one click, and keeps the typed text with a Retry after a network error", async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.goto(app.url);
      await fresh.getByTestId("example").first().click();
      await expect.poll(() => fresh.getByTestId("answer").count(), { timeout: 15_000 }).toBe(1);
      await fresh.route("**/api/mood", (route) => route.abort("internetdisconnected"));
      await fresh.getByLabel("How do you feel?").fill("estoy muy triste");
      await fresh.getByLabel("How do you feel?").press("Enter");
      const alert = fresh.getByTestId("send-error");
      await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
      expect(await alert.innerText()).toMatch(/could not be reached/);
      expect(await alert.innerText()).not.toMatch(/Failed to fetch/);
      expect(await fresh.getByLabel("How do you feel?").inputValue()).toBe("estoy muy triste");
      await fresh.unroute("**/api/mood");
      await alert.getByRole("button", { name: "Retry" }).click();
      await expect.poll(() => fresh.getByTestId("answer").count(), { timeout: 15_000 }).toBe(2);
      expect(await fresh.getByTestId("send-error").count()).toBe(0);
      expect(await fresh.getByTestId("user-message").last().innerText()).toBe("estoy muy triste");
    } finally {
      await fresh.close();
    }
  });
});

describe("chat on a phone (390 × 844)", () => {
  it("wraps a long word inside the screen and keeps the newest answer above the input bar", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(app.url);
      for (const text of ["I'm heartbroken and can't sleep", `sad ${"x".repeat(120)} https://example.com/${"y".repeat(80)}`]) {
        const before = await phone.getByTestId("answer").count();
        await phone.getByLabel("How do you feel?").fill(text);
        await phone.getByLabel("How do you feel?").press("Enter");
        await expect.poll(() => phone.getByTestId("answer").count(), { timeout: 15_000 }).toBe(before + 1);
      }
      const bubble = await phone.getByTestId("user-message").last().boundingBox();
      expect(bubble!.x).toBeGreaterThanOrEqual(0);
      expect(bubble!.x + bubble!.width).toBeLessThanOrEqual(390);
      const formTop = async () => (await phone.locator("form").boundingBox())!.y;
      const answerBottom = async () => {
        const box = await phone.getByTestId("answer").last().getByTestId("song").last().boundingBox();
        return box!.y + box!.height;
      };
      // The smooth scroll ends with the newest answer's last song clear of the sticky bar (it was 113 px under it).
      await expect.poll(async () => (await answerBottom()) <= (await formTop()), { timeout: 5_000 }).toBe(true);
      await phone.screenshot({ path: join(SHOTS, "phone.png") });
    } finally {
      await phone.close();
    }
  });
});
