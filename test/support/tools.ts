// Whether an outside program a test drives is installed: tests that need one
// are skipped (and reported as skipped) where it is absent.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const hasTmux = spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
