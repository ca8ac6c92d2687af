// Preloaded with --import by test/startup.test.ts: appends every module the
// process loads to the file named by MTCLEAN_MODULE_LOG, ES modules as the
// loader resolves them, CommonJS ones (yaml, ignore...) from require's cache at exit.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";

const log = process.env.MTCLEAN_MODULE_LOG;
register(`data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + "\\n");
  return next(url, context);
}`)}`);
const require = createRequire(import.meta.url);
process.on("exit", () => appendFileSync(log, Object.keys(require.cache).join("\n") + "\n"));
