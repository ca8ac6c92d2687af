import { checkstyle } from "./checkstyle.js";
import { compact } from "./compact.js";
import { github } from "./github.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { rdjson } from "./rdjson.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export const reporters: Record<string, Reporter> = { stylish, json, compact, github, sarif, rdjson, checkstyle, junit, html };
export type { FileResult, Reporter, ReportOptions, ReportRule } from "./types.js";
