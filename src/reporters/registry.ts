import type { Reporter, StreamReporter } from "./types.js";

// The CLI knows the reporters by name and loads only the one a run asks for:
// each import pulls in its own dependencies (chalk, path and URL helpers), and
// a run that prints stylish output has no use for the SARIF writer.
const loaders: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  compact: async () => (await import("./compact.js")).compact,
  github: async () => (await import("./github.js")).github,
  sarif: async () => (await import("./sarif.js")).sarif,
  rdjson: async () => (await import("./rdjson.js")).rdjson,
  checkstyle: async () => (await import("./checkstyle.js")).checkstyle,
  junit: async () => (await import("./junit.js")).junit,
  html: async () => (await import("./html.js")).html,
};

export const REPORTER_NAMES: readonly string[] = Object.keys(loaders);

/** The reporter of that name, or undefined for an unknown name. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  return loaders[name]?.();
}

// The formats whose report can be made a file at a time (see ReportStream):
// check then formats each file as soon as it is checked and drops its text
// and findings (cli/commands/check.ts).
const streams: Record<string, () => Promise<StreamReporter>> = {
  compact: async () => (await import("./compact.js")).compactStream,
  json: async () => (await import("./json.js")).jsonStream,
  checkstyle: async () => (await import("./checkstyle.js")).checkstyleStream,
  // these two read the text (a fix's original words, UTF-8 columns) only while the file is formatted
  github: async () => (await import("./github.js")).githubStream,
  rdjson: async () => (await import("./rdjson.js")).rdjsonStream,
};

/** The report stream of that format, or undefined when it is made only whole. */
export async function loadReportStream(name: string): Promise<StreamReporter | undefined> {
  return streams[name]?.();
}
