// npm run bench: how fast mtclean is, against the targets of issue 6.
// `node bench/run.mjs --smoke` runs every row on tiny inputs (for the test
// that checks every row is produced; its timings mean nothing).
// Timings are medians of several runs; the machine's load is printed with
// them, since other work on the machine slows every figure down.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { ENGLISH_DIR, writeArticle, writeBilingual, writeDictionary, writeHuge, writeNonMatchingDictionary, writeSite } from "./corpus.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/mtclean.js");
const PROBE = join(ROOT, "bench/rss-probe.mjs");
const smoke = process.argv.includes("--smoke");
// --readme: also write the table into README.md, between its bench markers
const readme = process.argv.includes("--readme");
const size = smoke
  ? { files: 6, fileBytes: 1_000, runs: 1, coldRuns: 1, scaleEntries: 20, scaleText: 20_000, bilingual: 20_000, huge: 200_000, textlint: false }
  : { files: 500, fileBytes: 10_200, runs: 5, coldRuns: 9, scaleEntries: 200, scaleText: 1_000_000, bilingual: 5_000_000, huge: 100_000_000, textlint: true };

const work = mkdtempSync(join(tmpdir(), "mtclean-bench-"));
const { Linter } = await import(join(ROOT, "dist/linter.js"));
const { TokenTrie } = await import(join(ROOT, "dist/rules/matcher/token-trie.js"));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => bytes / 1e6;
const rows = [];
const row = (measure, value, target, pass) => {
  rows.push({ measure, value, target: target ?? "", result: pass === undefined ? "" : pass ? "pass" : "FAIL" });
  if (!smoke) process.stderr.write(`  ${measure}: ${value}\n`);
};

/**
 * The environment every timed command runs in: this one without
 * NODE_EXTRA_CA_CERTS. A machine that sets it (this one does) makes every
 * node process read and parse those certificates as it starts, about 50 ms
 * that no program, ours or textlint, can avoid; the figures (node -e 0
 * in 63 ms) were taken without it. Row 5 shows node -e 0 both ways.
 */
const { NODE_EXTRA_CA_CERTS: extraCerts, ...commandEnv } = process.env;

/** Wall time of a command, median of `runs`; `prepare` runs before each, untimed. `cpu`, if given, gets the median CPU time (ms, all its threads) where the system tells it. */
function timeCommand(args, { runs = size.runs, input, cwd, prepare, node = true, env = commandEnv, cpu } = {}) {
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < runs; i++) {
    prepare?.();
    const before = childrenCpu();
    const start = process.hrtime.bigint();
    const result = spawnSync(node ? process.execPath : args[0], node ? args : args.slice(1), { input, cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const after = childrenCpu();
    if (before !== undefined && after !== undefined) cpuTimes.push(after - before);
    if (result.status === null || result.status > 1) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  if (cpu && cpuTimes.length === runs) cpu.ms = median(cpuTimes);
  return median(times);
}

/**
 * The CPU time (ms, user and system) of this process's children that have
 * ended, from /proc/self/stat (Linux; undefined elsewhere). Node tells a
 * process its own CPU time, not a child's; the kernel adds each waited-for
 * child's to these fields, in clock ticks (100 a second).
 */
function childrenCpu() {
  try {
    // the fields after the command name, which is in parentheses and may hold spaces; cutime and cstime are fields 16 and 17
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * In-process CPU time of fn() in ms, median of `runs`, after one warm-up.
 * CPU time, not wall time: on a shared machine the wall clock counts the
 * time other processes held the cores.
 */
function timeInProcess(fn, runs = size.runs, warmUp = true) {
  if (warmUp) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

const filesIn = (dir) => readdirSync(dir).sort().map((name) => join(dir, name));
const bytesOf = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const lint = ["--no-config", "--max-file-size", "200M"];

// --- inputs
const site = join(work, "site");
writeSite(site, size.files, size.fileBytes);
const siteFiles = filesIn(site);
const siteBytes = bytesOf(siteFiles);
const english = smoke ? [join(work, "site", readdirSync(site)[0])] : filesIn(ENGLISH_DIR).filter((file) => file.endsWith(".txt"));
const englishBytes = bytesOf(english);
const dict200 = join(work, "bench-200.yml");
writeDictionary(dict200, smoke ? 20 : 200);

// --- 1. check and fix throughput, whole command
for (const [name, files, bytes] of [[`${size.files}-file site`, siteFiles, siteBytes], ["shared/corpus/english", english, englishBytes]]) {
  const check = timeCommand([BIN, "check", ...lint, "--format", "compact", ...files]);
  row(`check, whole command, ${name} (${mb(bytes).toFixed(1)} MB)`, `${(mb(bytes) / (check / 1000)).toFixed(1)} MB/s (${check.toFixed(0)} ms)`);
  const copy = join(work, "fix-copy");
  const fix = timeCommand([BIN, "fix", ...lint, "--write", ...files.map((file) => join(copy, file.split("/").pop()))], {
    prepare: () => {
      rmSync(copy, { recursive: true, force: true });
      mkdirSync(copy);
      for (const file of files) cpSync(file, join(copy, file.split("/").pop()));
    },
  });
  row(`fix --write, whole command, ${name}`, `${(mb(bytes) / (fix / 1000)).toFixed(1)} MB/s (${fix.toFixed(0)} ms)`);
}

// --- 2. in-process matching with all built-in dictionaries
{
  const texts = english.map((file) => readFileSync(file, "utf8"));
  const bytes = englishBytes;
  const linter = new Linter();
  const phrases = linter.entries.filter((entry) => !entry.regex).flatMap((entry) => entry.phrases);
  const trie = new TokenTrie();
  phrases.forEach((phrase, i) => trie.add(phrase, i));
  // the matcher alone: every phrase of every built-in dictionary over each paragraph
  const paragraphs = texts.flatMap((text) => text.split(/\n\s*\n/));
  const trieMs = timeInProcess(() => {
    for (const paragraph of paragraphs) for (const match of trie.matches(paragraph)) void match;
  });
  row(`phrase matcher alone (token trie, ${phrases.length} built-in phrases), in process`, `${(mb(bytes) / (trieMs / 1000)).toFixed(0)} MB/s`);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  // once: with a thousand phrases it takes a while
  const regexMs = timeInProcess(() => {
    for (const paragraph of paragraphs) for (const match of paragraph.matchAll(alternation)) void match;
  }, 1, false);
  row(`baseline: the same phrases as one regex alternation`, `${(mb(bytes) / (regexMs / 1000)).toPrecision(2)} MB/s`);
  const dictionaryOnly = new Linter({ builtinRules: false });
  const dictMs = timeInProcess(() => texts.forEach((text) => dictionaryOnly.check(text)));
  // the target: matching with ALL built-in dictionaries (phrases, regexes, line entries), paragraphs and language included
  const dictRate = mb(bytes) / (dictMs / 1000);
  row(`all ${linter.entries.length} built-in dictionary entries (phrases, regexes, lines), check in process, shared/corpus/english`, `${dictRate.toFixed(1)} MB/s`, "≥ 100 MB/s", dictRate >= 100);
  const fullMs = timeInProcess(() => texts.forEach((text) => linter.check(text)));
  row(`every rule and dictionary, check in process`, `${(mb(bytes) / (fullMs / 1000)).toFixed(1)} MB/s`);
}

// --- 3. against textlint + textlint-rule-prh, whole command, same files, same 200 phrases
// Same rules: --no-builtin leaves out the built-in dictionaries but not the
// built-in code rules (punctuation, spacing...), which textlint does not
// run; none of those is in the phrasing category of the 200 phrases, so
// --category phrasing runs the 200 phrases alone, as prh does. The command
// with the code rules as well is timed too, for information.
{
  const prh = join(work, "prh.yml");
  writeFileSync(prh, execFileSync(process.execPath, [BIN, "dict", "export", "--format", "prh", "--no-builtin", dict200], { encoding: "utf8" }));
  const ours = timeCommand([BIN, "check", ...lint, "--no-builtin", "--dict", dict200, "--category", "phrasing", "--format", "compact", ...siteFiles]);
  const withCodeRules = timeCommand([BIN, "check", ...lint, "--no-builtin", "--dict", dict200, "--format", "compact", ...siteFiles]);
  const textlintBin = size.textlint ? installTextlint() : undefined;
  if (textlintBin) {
    const config = join(work, "textlintrc.json");
    writeFileSync(config, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }));
    const theirs = timeCommand([textlintBin, "--config", config, "--format", "compact", ...siteFiles], { cwd: join(textlintBin, "../../.."), runs: Math.min(3, size.runs) });
    const ratio = theirs / ours;
    row(`vs textlint + textlint-rule-prh (${size.files} files, the same 200 phrases and nothing else): ${theirs.toFixed(0)} ms against ${ours.toFixed(0)} ms`, `${ratio.toFixed(1)}× faster`, "≥ 25×", ratio >= 25);
    row(`the same with mtclean's built-in code rules too (punctuation, spacing...): ${withCodeRules.toFixed(0)} ms`, `${(theirs / withCodeRules).toFixed(1)}× faster`);
  } else {
    row(`vs textlint + textlint-rule-prh (${size.files} files): mtclean ${ours.toFixed(0)} ms (${withCodeRules.toFixed(0)} ms with its code rules too)`, smoke ? "textlint not installed (smoke run)" : "textlint could not be installed", "≥ 25×");
  }
}

// --- 4. scaling: entries and text size
{
  const text = siteFiles.map((file) => readFileSync(file, "utf8")).join("\n\n").slice(0, size.scaleText);
  // entries that begin with real words but match nothing (see writeNonMatchingDictionary)
  const times = [1, 10, 100].map((factor) => {
    const file = join(work, `scale-${factor}.yml`);
    writeNonMatchingDictionary(file, size.scaleEntries * factor);
    const linter = new Linter({ builtin: false, builtinRules: false, dictionaries: [file] });
    return timeInProcess(() => linter.check(text));
  });
  row(`dictionary ×10 (${size.scaleEntries * 10} against ${size.scaleEntries} non-matching entries that begin with real words), time ratio`, `${(times[1] / times[0]).toFixed(2)}×`, "≤ 1.3×", times[1] / times[0] <= 1.3);
  row(`dictionary ×100 (${size.scaleEntries * 100} entries), time ratio`, `${(times[2] / times[0]).toFixed(2)}×`);
  const linter = new Linter();
  const once = timeInProcess(() => linter.check(text));
  const tenfold = text.repeat(10);
  const ten = timeInProcess(() => linter.check(tenfold), Math.min(3, size.runs));
  row(`text ×10 (${mb(text.length * 10).toFixed(1)} MB against ${mb(text.length).toFixed(1)} MB), time ratio`, `${(ten / once).toFixed(1)}× (linear: 10×)`);
}

// --- 5. cold start on a 5 KB article through standard input
for (const chinese of [false, true]) {
  const file = join(work, `article-${chinese ? "zh" : "en"}.txt`);
  writeArticle(file, chinese);
  const input = readFileSync(file);
  const ms = timeCommand([BIN, "fix", "--no-config"], { input, runs: size.coldRuns });
  const limit = chinese ? 600 : 130;
  row(`cold start: fix < 5 KB article ${chinese ? "with" : "without"} Chinese`, `${ms.toFixed(0)} ms`, `≤ ${limit} ms`, ms <= limit);
}
{
  const ms = timeCommand(["-e", "0"], { runs: size.coldRuns });
  row("for comparison: node -e 0", `${ms.toFixed(0)} ms`);
  if (extraCerts !== undefined) {
    const withCerts = timeCommand(["-e", "0"], { runs: size.coldRuns, env: process.env });
    row("for comparison: node -e 0 with this machine's NODE_EXTRA_CA_CERTS (every command above and below runs without it)", `${withCerts.toFixed(0)} ms`);
  }
}

// --- 6. bilingual: the Chinese side of the parallel corpus repeated to 5 MB
{
  const file = join(work, "bilingual.txt");
  const zhBytes = writeBilingual(file, size.bilingual);
  const glossary = join(ENGLISH_DIR, "../glossary/cc-cedict_political_education_subset.tsv");
  const args = [BIN, "check", ...lint, "--format", "compact", ...(existsSync(glossary) ? ["--glossary", glossary] : []), file];
  const ms = timeCommand(args, { runs: Math.min(3, size.runs) });
  const rate = mb(zhBytes) / (ms / 1000);
  row(`bilingual: check of Chinese/English paragraph pairs with the glossary (${mb(zhBytes).toFixed(1)} MB of Chinese)`, `${rate.toFixed(1)} MB/s of Chinese`, "≥ 5 MB/s", rate >= 5);
}

// --- 7. one against two worker threads on the site
{
  const cpuOne = {};
  const cpuTwo = {};
  const one = timeCommand([BIN, "check", ...lint, "--format", "compact", "--jobs", "1", ...siteFiles], { cpu: cpuOne });
  const two = timeCommand([BIN, "check", ...lint, "--format", "compact", "--jobs", "2", ...siteFiles], { cpu: cpuTwo });
  row(`--jobs 2 against --jobs 1 on ${size.files} files (${one.toFixed(0)} ms → ${two.toFixed(0)} ms)`, `${(one / two).toFixed(2)}×`, "≥ 1.6×", one / two >= 1.6);
  // Why: a run on c cores lasts at least its CPU time over c, and two threads
  // do at least the work of one; so two threads can be at most c × (wall /
  // CPU of the one-thread run) faster, whatever the code. A one-thread run
  // already keeps V8's garbage collector and compiler threads busy beside it.
  if (cpuOne.ms !== undefined && cpuTwo.ms !== undefined) {
    const cores = cpus().length;
    row(`CPU time, all threads: --jobs 1 ${cpuOne.ms.toFixed(0)} ms, --jobs 2 ${cpuTwo.ms.toFixed(0)} ms; so on ${cores} cores two threads can be at most ${cores} × ${one.toFixed(0)} / ${cpuOne.ms.toFixed(0)} faster than one`, `≤ ${((cores * one) / cpuOne.ms).toFixed(2)}×`);
  }
}

// --- 8. peak memory on one huge file
{
  const file = join(work, "huge.txt");
  const bytes = writeHuge(file, size.huge);
  const result = spawnSync(process.execPath, [PROBE, "check", ...lint, "--format", "compact", file], { env: commandEnv, encoding: "utf8", maxBuffer: 1 << 30 });
  const peak = Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]) * 1024;
  row(`peak RSS, check of one ${mb(bytes).toFixed(0)} MB file`, `${mb(peak).toFixed(0)} MB = ${(peak / bytes).toFixed(1)}× the file`, "≤ 4×", peak / bytes <= 4);
  // the same file fixed in place (its last use here): every pass streams from file to file
  const fixed = spawnSync(process.execPath, [PROBE, "fix", ...lint, "--write", file], { env: commandEnv, encoding: "utf8", maxBuffer: 1 << 30 });
  const fixPeak = Number(/maxRSS=(\d+)/.exec(fixed.stderr)?.[1]) * 1024;
  row(`peak RSS, fix --write of the same file`, `${mb(fixPeak).toFixed(0)} MB = ${(fixPeak / bytes).toFixed(1)}× the file`);
}

rmSync(work, { recursive: true, force: true });
const table = print();
if (readme && !smoke) writeReadme(table);

function installTextlint() {
  const dir = join(tmpdir(), "mtclean-bench-textlint");
  const bin = join(dir, "node_modules/textlint/bin/textlint.js");
  if (!existsSync(bin)) {
    process.stderr.write(`installing textlint and textlint-rule-prh into ${dir} (once)...\n`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true }));
    const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--silent", "textlint", "textlint-rule-prh"], { cwd: dir, encoding: "utf8" });
    if (result.status !== 0) return undefined;
  }
  return bin;
}

function print() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const [one, five] = loadavg();
  const lines = [
    `mtclean benchmark${smoke ? " (smoke run: tiny inputs, timings mean nothing)" : ""}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`,
    `medians of ${size.runs} runs (cold start ${size.coldRuns}); "in process" rows count CPU time, whole commands wall time${extraCerts === undefined ? "" : ", without NODE_EXTRA_CA_CERTS"}`,
    "",
    "| measure | result | target | |",
    "| --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.target} | ${r.result} |`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return lines.join("\n");
}

/** Puts the table into README.md between <!-- bench:start --> and <!-- bench:end -->. */
function writeReadme(table) {
  const file = join(ROOT, "README.md");
  const text = readFileSync(file, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error("README.md has no <!-- bench:start --> ... <!-- bench:end --> block");
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
  process.stderr.write("README.md: benchmark table written\n");
}
