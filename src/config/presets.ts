import type { RuleSetting } from "../rules/engine.js";

/**
 * Built-in presets for `extends`. `recommended` is the rules' own defaults,
 * tuned so that clean English stays silent. `strict` is for sites that want
 * every doubt raised: it turns on the rule that is off by default for its
 * false alarms on joined paragraphs, and makes literal phrasing, terminology
 * and repeated words fail the build.
 */
export const PRESETS: Record<string, Record<string, RuleSetting>> = {
  recommended: {},
  strict: {
    "missing-space-after-punctuation": "warning",
    phrasing: "error",
    terminology: "error",
    repetition: "error",
  },
};

export const DEFAULT_PRESET = "recommended";
