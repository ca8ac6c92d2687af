// npm run bench is not part of the tests (timings are for the README, never
// for assertions), but its smoke mode must run and print every row.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const BENCH = new URL("../bench/run.mjs", import.meta.url).pathname;
const hasCorpus = existsSync(new URL("../../shared/corpus/english", import.meta.url));

describe("bench --smoke", () => {
  it.runIf(hasCorpus)("prints a row for every measure of issue 6", { timeout: 120_000 }, () => {
    const result = spawnSync(process.execPath, [BENCH, "--smoke"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/machine: \d+ × .*load average/);
    for (const measure of [
      /\| check, whole command, \d+-file site/,
      /\| fix --write, whole command, \d+-file site/,
      /\| check, whole command, shared\/corpus\/english/,
      /\| fix --write, whole command, shared\/corpus\/english/,
      /\| phrase matcher alone/,
      /\| all \d+ built-in dictionary entries .* \| ≥ 100 MB\/s \| (pass|FAIL) \|/,
      /\| baseline: the same phrases as one regex alternation/,
      /\| vs textlint \+ textlint-rule-prh/,
      /\| dictionary ×10 .* \| ≤ 1\.3× \| (pass|FAIL) \|/,
      /\| dictionary ×100/,
      /\| text ×10/,
      /\| cold start: fix < 5 KB article without Chinese .* \| ≤ 130 ms \| (pass|FAIL) \|/,
      /\| cold start: fix < 5 KB article with Chinese .* \| ≤ 600 ms \| (pass|FAIL) \|/,
      /\| bilingual: .* \| ≥ 5 MB\/s \| (pass|FAIL) \|/,
      /\| --jobs 2 against --jobs 1 .* \| ≥ 1\.6× \| (pass|FAIL) \|/,
      // Linux only: the CPU time of a child is read from /proc
      ...(existsSync("/proc/self/stat") ? [/\| CPU time, all threads: --jobs 1 \d+ ms, --jobs 2 \d+ ms; .* \| ≤ \d+\.\d\d× \|/] : []),
      /\| peak RSS, check of one .* \| ≤ 4× \| (pass|FAIL) \|/,
      /\| peak RSS, fix --write of the same file \| \d+ MB = /,
    ]) {
      expect(out).toMatch(measure);
    }
  });
});
