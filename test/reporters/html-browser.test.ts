// The html report as an editor sees it: Debian's chromium (driven by
// playwright-core) opens the page that `mtclean check --format html` and
// `mtclean diff --format html` write, and the test reads the highlights,
// clicks a category filter and saves a screenshot. Skipped without chromium.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, hasChromium } from "../support/tools.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/mtclean.js");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function mtclean(args: string[], cwd: string): { stdout: string; status: number | null } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { stdout: run.stdout, status: run.status };
}

interface JsonFinding {
  ruleId: string;
  category: string;
}

describe.skipIf(!hasChromium)("html report in chromium", () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  // the files of the multi-file fixture, plus one whose name is markup
  const files = ["news.txt", "notes.txt", "clean.txt", "<i>odd&amp;.txt"];
  const common = ["--no-config", "--dict", join(ROOT, "fixtures/reports/escaping.yml"), ...files];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mtclean-html-"));
    for (const name of ["news.txt", "notes.txt", "clean.txt"]) copyFileSync(join(ROOT, "fixtures/reports/multi", name), join(dir, name));
    writeFileSync(join(dir, "<i>odd&amp;.txt"), "A <b>tag</b> & a stop。Done.\n");
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
    context.on("request", (request) => requests.push(request.url()));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(args: string[]): Promise<string> {
    const run = mtclean(args, dir);
    expect(run.status).toBe(1);
    const path = join(dir, `${args[0]}.html`);
    writeFileSync(path, run.stdout);
    requests.length = 0;
    await page.goto(pathToFileURL(path).href);
    return pathToFileURL(path).href;
  }

  it("check --format html: highlights, side by side, filters and counts", async () => {
    const url = await open(["check", "--format", "html", ...common]);
    const findings: JsonFinding[] = JSON.parse(mtclean(["check", "--format", "json", ...common], dir).stdout).flatMap((file: { findings: JsonFinding[] }) => file.findings);
    expect(findings.length).toBeGreaterThan(5);

    // one section per file, the odd name shown as text
    expect(await page.locator("section.file h2").allTextContents()).toEqual(files);
    expect(await page.locator("section.file h2 i").count()).toBe(0);

    // the original column is the file, the corrected one is what `fix` prints, with the changes marked
    const news = page.locator("section.file").nth(0);
    expect(await news.locator(".original .article").textContent()).toBe(readFileSync(join(dir, "news.txt"), "utf8"));
    expect(await news.locator(".corrected .article").textContent()).toBe(mtclean(["fix", ...common.slice(0, 3), "news.txt"], dir).stdout);
    expect(await news.locator(".original del").allTextContents()).toContain("。");
    expect(await news.locator(".corrected ins").allTextContents()).toContain(". ");
    expect(await news.locator(".inline del").allTextContents()).toContain("Wechat picture _20230831112840_ Copy.jpg\n\n");
    const deleted = await news.locator(".inline del").first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(deleted).toBe("line-through");
    expect(await page.locator("section.file").nth(2).locator(".unchanged").textContent()).toBe("No changes.");

    // every filter button's count is the number of findings of its category
    const byCategory = new Map<string, number>();
    for (const finding of findings) byCategory.set(finding.category, (byCategory.get(finding.category) ?? 0) + 1);
    const buttons = page.locator("button.filter");
    expect(await buttons.count()).toBe(byCategory.size + 1);
    expect(await buttons.first().locator(".count").textContent()).toBe(String(findings.length));
    for (const [category, count] of byCategory) {
      expect(await page.locator(`button.filter[data-category="${category}"] .count`).textContent()).toBe(String(count));
    }

    // clicking a category hides every other category's findings; All shows them again
    const rows = page.locator("tr.finding");
    expect(await rows.count()).toBe(findings.length);
    await page.click('button.filter[data-category="punctuation"]');
    const visible = page.locator("tr.finding:visible");
    expect(await visible.count()).toBe(byCategory.get("punctuation"));
    expect(new Set(await visible.locator("td.category").allTextContents())).toEqual(new Set(["punctuation"]));
    expect(await page.locator('button.filter[data-category="punctuation"]').getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('button.filter[data-category=""]').getAttribute("aria-pressed")).toBe("false");
    const shot = join(tmpdir(), "mtclean-html-report.png");
    await page.locator("table.findings").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
    await page.click('button.filter[data-category=""]');
    expect(await page.locator("tr.finding:visible").count()).toBe(findings.length);

    // the page loaded nothing but itself
    expect(requests).toEqual([url]);
  });

  it("diff --format html --unsafe: the corrected column holds the suggestions too", async () => {
    await open(["diff", "--format", "html", "--unsafe", ...common]);
    const notes = page.locator("section.file").nth(1);
    expect(await notes.locator(".corrected .article").textContent()).toBe(mtclean(["fix", "--unsafe", ...common.slice(0, 3), "notes.txt"], dir).stdout);
    expect(await notes.locator(".corrected ins").allTextContents()).toContain("delegation");
    expect(await notes.locator(".original del").allTextContents()).toContain("party");
    expect(await page.locator("tr.finding").count()).toBeGreaterThan(0);
  });
});
