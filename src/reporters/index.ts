import { compact } from "./compact.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export const reporters: Record<string, Reporter> = { stylish, json, compact };
export type { FileResult, Reporter, ReportOptions } from "./types.js";
