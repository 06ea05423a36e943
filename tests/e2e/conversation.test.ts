import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, startApp } from "@/scripts/lib/next-server";
import { bundledDataDir } from "@/tests/helpers/bundled-data-dir";
import { ROOT } from "@/tests/helpers/run-script";

// Debian's Chromium, installed by .ci/run; never a downloaded browser.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "test-results", "e2e");
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let app: { url: string; stop: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  await buildApp();
  app = await startApp({ MOODTAPE_DATA_DIR: await bundledDataDir(), MOODTAPE_RATE_LIMIT_BURST: "1000", MOODTAPE_RATE_LIMIT_PER_MINUTE: "10000" });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  await mkdir(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function say(page: Page, text: string): Promise<void> {
  const before = await page.locator("[data-testid=answer], [data-testid=similar]").count();
  await page.getByLabel("How do you feel?").fill(text);
  await page.getByLabel("How do you feel?").press("Enter");
  await expect.poll(() => page.locator("[data-testid=answer], [data-testid=similar]").count(), { timeout: 15_000 }).toBe(before + 1);
}

const last = (page: Page) => page.getByTestId("answer").last();
const ids = (page: Page) => last(page).getByTestId("song").evaluateAll((els) => els.map((e) => e.getAttribute("data-song-id")!));

/** The newest card is fully visible above the sticky input bar, and nothing overflows sideways. */
async function checkLayout(page: Page, width: number): Promise<void> {
  await expect.poll(async () => {
    const form = (await page.locator("form").boundingBox())!;
    const card = await page.locator("[data-testid=song]").last().boundingBox();
    return card !== null && card.y + card.height <= form.y + 1;
  }, { timeout: 5_000 }).toBe(true);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`the conversation in Chromium (${name})`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ viewport, acceptDownloads: true, locale: "en-US" });
      await page.goto(app.url);
    });
    afterAll(async () => page?.close());

    it("holds follow-ups as removable chips: not so sad, remove a chip, more like the 2nd, only Spanish, again", async () => {
      await say(page, "I want to cry but also dance");
      expect(await last(page).getByTestId("state-chip").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^sadness/)]));
      await say(page, "not so sad");
      await expect.poll(() => last(page).getByTestId("state-chip").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^sadness \(\d+%\)/)]));
      const second = (await ids(page))[1]!;
      await say(page, "more like the second one");
      const likeChip = last(page).getByTestId("state-chip").filter({ hasText: /^like “/ });
      expect(await likeChip.count()).toBe(1);
      await say(page, "only Spanish songs");
      expect(await last(page).getByTestId("state-chip").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/only Spanish/)]));
      // Removing the language chip answers the same mood again without the filter.
      const before = await page.getByTestId("answer").count();
      await last(page).getByRole("button", { name: /Remove only Spanish/ }).click();
      await expect.poll(() => last(page).getByTestId("state-chip").allInnerTexts()).not.toEqual(expect.arrayContaining([expect.stringMatching(/only Spanish/)]));
      expect(await page.getByTestId("answer").count()).toBe(before);
      await say(page, "blorp");
      expect(await last(page).getByTestId("not-understood").innerText()).toMatch(/could not read/);
      expect(second).toBeTruthy();
      await page.screenshot({ path: join(SHOTS, `conversation-${name}.png`), fullPage: true });
    });

    it("skips a song for good, likes another, and shows more like this", async () => {
      await say(page, "I feel nostalgic");
      const [liked, skipped] = await ids(page);
      await last(page).locator(`[data-song-id="${skipped}"]`).getByTestId("skip").click();
      await last(page).locator(`[data-song-id="${liked}"]`).getByTestId("like").click();
      expect(await last(page).locator(`[data-song-id="${liked}"]`).getByTestId("like").getAttribute("aria-pressed")).toBe("true");
      await say(page, "again");
      expect(await ids(page)).not.toContain(skipped);
      await last(page).getByTestId("more-like").first().click();
      const similar = page.getByTestId("similar").last();
      await expect.poll(() => similar.getByTestId("song").count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await similar.innerText()).toMatch(/Songs like/);
    });

    it("exports the answer as M3U and JSON files that parse back to its songs", async () => {
      // A new chat: the songs shown so far (dance songs among them) may come back.
      await page.getByTestId("new-chat").click();
      await say(page, "quiero bailar toda la noche");
      const songIds = await ids(page);
      const titles = await last(page).getByTestId("song").evaluateAll((els) => els.map((e) => e.querySelector("p")!.childNodes[0]!.textContent!.trim()));
      const [m3u] = await Promise.all([page.waitForEvent("download"), last(page).getByTestId("export-m3u").click()]);
      const text = await readFile((await m3u.path())!, "utf8");
      expect(m3u.suggestedFilename()).toMatch(/\.m3u$/);
      const lines = text.trimEnd().split("\n");
      expect(lines[0]).toBe("#EXTM3U");
      const infos = lines.filter((l) => l.startsWith("#EXTINF:"));
      expect(infos).toHaveLength(songIds.length);
      infos.forEach((l, i) => expect(l.endsWith(` - ${titles[i]}`)).toBe(true));
      const [json] = await Promise.all([page.waitForEvent("download"), last(page).getByTestId("export-json").click()]);
      const parsed = JSON.parse(await readFile((await json.path())!, "utf8")) as { songs: { id: string }[] };
      expect(parsed.songs.map((s) => s.id)).toEqual(songIds);
      // Saving to Spotify is off on this server: the chat says so (the saving itself is tested on a fake Spotify).
      await last(page).getByTestId("save-spotify").click();
      await expect.poll(() => last(page).getByTestId("save-spotify-status").innerText(), { timeout: 10_000 }).toMatch(/not switched on/);
    });

    it("labels the chat in Spanish for a Spanish message, and shows a demo song's lyrics", async () => {
      await say(page, "estoy muy triste esta noche");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
      expect(await last(page).getByTestId("like").first().innerText()).toBe("Me gusta");
      await last(page).getByTestId("lyrics-toggle").first().click();
      await expect.poll(() => last(page).getByTestId("lyrics").first().innerText()).toMatch(/\w+/);
      await say(page, "I'm happy today");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    });

    it("shows the catalog's emotion map with the answer's songs ringed; a point opens its song", async () => {
      await say(page, "I feel calm and peaceful");
      const shown = await ids(page);
      const map = page.getByTestId("map");
      await map.locator("summary").click();
      await expect.poll(() => map.locator("[data-testid^=map-point]").count(), { timeout: 10_000 }).toBeGreaterThan(100);
      expect(await map.getByTestId("map-point-lit").count()).toBe(shown.length);
      await map.getByTestId("map-point-lit").last().click({ force: true });
      const card = map.getByTestId("map-song").getByTestId("song");
      await expect.poll(() => card.getAttribute("data-song-id"), { timeout: 10_000 }).not.toBeNull();
      expect(shown).toContain(await card.getAttribute("data-song-id"));
      await page.screenshot({ path: join(SHOTS, `map-${name}.png`), fullPage: true });
      await map.locator("summary").click();
    });

    it("answers distress with a care note first, and everyday phrases without one", async () => {
      await say(page, "I want to die");
      const care = last(page).getByTestId("care");
      expect(await care.innerText()).toMatch(/findahelpline\.com/);
      expect(await care.innerText()).toMatch(/988/);
      await say(page, "me muero de risa con mis amigos");
      expect(await last(page).getByTestId("care").count()).toBe(0);
    });

    it("keeps the chat across a reload, starts over with New chat, and lays out cleanly", async () => {
      await say(page, `sad ${"w".repeat(120)}`);
      await say(page, "I'm heartbroken and can't sleep");
      await checkLayout(page, viewport.width);
      await page.screenshot({ path: join(SHOTS, `layout-${name}.png`) });
      const messages = await page.getByTestId("user-message").count();
      await page.reload();
      await expect.poll(() => page.getByTestId("user-message").count()).toBe(messages);
      expect(await page.getByTestId("answer").count()).toBeGreaterThan(0);
      await page.getByTestId("new-chat").click();
      expect(await page.getByTestId("user-message").count()).toBe(0);
      await page.reload();
      expect(await page.getByTestId("user-message").count()).toBe(0);
      expect(await page.getByTestId("example").count()).toBeGreaterThan(0);
    });
  });
}
