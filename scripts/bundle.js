// Build step (after tsc and the dictionary cache): bundles the CLI and its
// worker thread into dist/bundle/cli.cjs and dist/bundle/worker.cjs with
// esbuild, then trains their V8 code caches (see src/bundle/load.ts).
// The library (`import "mtclean"`) stays the ES modules tsc wrote in dist/;
// the bundles are built from those very files, so both run the same code.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(DIST, "bundle");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

// Every dependency stays a runtime require of node_modules, loaded when the
// module that imports it first runs (esbuild initialises a module reached by
// import() only then), except commander, which every run needs at once.
const external = Object.keys(pkg.dependencies).filter((name) => name !== "commander").flatMap((name) => [name, `${name}/*`]);

// A module finds its data files (the dictionaries, the compiled caches) from
// its own URL; in a bundle every module would get the bundle's. Each
// import.meta.url becomes the URL the module has in dist/, so paths resolve
// exactly as they do for the library.
const moduleUrls = {
  name: "module-urls",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!args.path.startsWith(DIST) || !text.includes("import.meta.url")) return undefined;
      const fromBundle = `./${relative(OUT, args.path).split("\\").join("/")}`;
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, __bundleUrl).href`), loader: "js" };
    });
  },
};

// commander requires child_process as it loads, for the executable
// subcommands mtclean has none of, and with it dgram and the socket lists:
// a few milliseconds of each start. The bundle gives it a child_process
// that loads on first use.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(join("node_modules", "commander")) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => ({
      contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:${args.path}"))[key] });`,
      loader: "js",
    }));
  },
};

rmSync(join(OUT, "cli.code-cache"), { force: true });
rmSync(join(OUT, "worker.code-cache"), { force: true });
await build({
  // cli-start and worker-start: what bin/mtclean.js and a worker thread
  // start, CommonJS too, so that a run never sets up Node's ES module loader
  entryPoints: {
    cli: join(DIST, "bundle/cli-entry.js"),
    worker: join(DIST, "cli/parallel/worker.js"),
    "cli-start": join(DIST, "bundle/cli-start.js"),
    "worker-start": join(DIST, "bundle/worker.js"),
  },
  outdir: OUT,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external,
  plugins: [moduleUrls, lazyChildProcess],
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
  // a start reads and keeps the whole source (about a third smaller so);
  // names are kept, so a stack trace still names its functions
  minifyWhitespace: true,
  minifySyntax: true,
});

// ASCII only: a file with one char beyond ASCII is read (readFileSync as
// UTF-8) into a two-byte string, twice the memory and several times the time
// of a one-byte one, at every start. esbuild escapes such chars in strings,
// not in regular expression literals: there each UTF-16 code unit is written
// as a \u escape, which means the same in a regex with or without the u flag
// (a surrogate pair of escapes is one code point under u), as in a string or
// a template, or a comment. A char already escaped by a backslash (\’, the
// char itself) loses that backslash.
for (const name of ["cli.cjs", "worker.cjs"]) {
  const file = join(OUT, name);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, char) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

// Training runs: each writes the code cache of the bundles it ran, with the
// functions it compiled, adding to the cache the previous run wrote. A cold
// fix on standard input, then a check with a worker thread.
const seed = join(ROOT, "fixtures/seed");
const runs = [
  { args: ["fix", "--no-config"], input: readFileSync(join(seed, "input.txt")) },
  { args: ["check", "--no-config", "--format", "compact", "--jobs", "2", join(seed, "input.txt"), join(seed, "expected.txt")] },
];
for (const { args, input } of runs) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/mtclean.js"), ...args], {
    input: input ?? "",
    env: { ...process.env, MTCLEAN_TRAIN_CODE_CACHE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`training run mtclean ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
}
