// The closing line CI reads ("N passed, N failed, N skipped") must be honest:
// tests that never ran because their setup broke are failures, and only tests
// skipped on purpose are skips. Each case runs vitest on a tiny test file in a
// temporary folder, as a child process with this repository's summary reporter.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const VITEST = new URL("../../node_modules/vitest/vitest.mjs", import.meta.url).pathname;
const REPORTER = new URL("./summary-reporter.ts", import.meta.url).pathname;

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs vitest (globals on, so the file needs no import) on one test file and returns the summary line it printed. */
function summaryOf(testFile: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "mtclean-summary-"));
  folders.push(root);
  writeFileSync(join(root, "case.test.js"), testFile);
  const config = { test: { root, include: ["case.test.js"], globals: true, reporters: [REPORTER] } };
  writeFileSync(join(root, "vitest.config.mjs"), `export default ${JSON.stringify(config)};\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, "run", "--config", join(root, "vitest.config.mjs")], { cwd: root, env: { PATH: process.env.PATH ?? "" } });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", () => resolve(stdout.match(/^\d+ passed, \d+ failed, \d+ skipped$/m)?.[0] ?? `no summary line in: ${stdout}`));
  });
}

const CASES: { name: string; file: string; summary: string }[] = [
  {
    name: "a beforeAll that throws fails every test of its suite",
    file: `describe("s", () => { beforeAll(() => { throw new Error("setup"); }); it("a", () => {}); it("b", () => {}); });`,
    summary: "0 passed, 2 failed, 0 skipped",
  },
  {
    name: "a file-level beforeAll that throws fails the tests meant to run; it.skip stays a skip",
    file: `beforeAll(() => { throw new Error("setup"); }); it("a", () => {}); it.skip("b", () => {});`,
    summary: "0 passed, 1 failed, 1 skipped",
  },
  {
    name: "a beforeEach that throws fails its test",
    file: `beforeEach(() => { throw new Error("setup"); }); it("a", () => {});`,
    summary: "0 passed, 1 failed, 0 skipped",
  },
  {
    name: "a file that fails to load is one failure",
    file: `import "./missing-module.js"; it("a", () => {});`,
    summary: "0 passed, 1 failed, 0 skipped",
  },
  {
    name: "an afterAll that throws after its tests passed is one failure",
    file: `describe("s", () => { afterAll(() => { throw new Error("teardown"); }); it("a", () => {}); });`,
    summary: "1 passed, 1 failed, 0 skipped",
  },
  {
    name: "skips on purpose stay skips: it.skip, it.skipIf, it.todo, ctx.skip()",
    file: `it("a", () => {}); it.skip("b", () => {}); it.skipIf(true)("c", () => {}); it.todo("d"); it("e", (ctx) => ctx.skip());`,
    summary: "1 passed, 0 failed, 4 skipped",
  },
  {
    name: "ctx.skip() in a suite whose afterAll throws is still a skip",
    file: `describe("s", () => { afterAll(() => { throw new Error("teardown"); }); it("a", (ctx) => ctx.skip()); });`,
    summary: "0 passed, 1 failed, 1 skipped",
  },
];

describe.concurrent("summary reporter: the closing line counts broken setups as failures", () => {
  it.each(CASES)("$name", async ({ file, summary }) => {
    expect(await summaryOf(file)).toBe(summary);
  });
});
