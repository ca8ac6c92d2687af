import { describe, expect, it } from "vitest";
import { reporters } from "../../src/reporters/index.js";
import { REPORTER_NAMES, loadReporter } from "../../src/reporters/registry.js";

describe("lazy reporter registry", () => {
  it("names exactly the reporters the library exports", () => {
    expect([...REPORTER_NAMES].sort()).toEqual(Object.keys(reporters).sort());
  });

  it.each(Object.keys(reporters))("loads %s as the same function the library exports", async (name) => {
    expect(await loadReporter(name)).toBe(reporters[name]);
  });

  it("gives undefined for an unknown name", async () => {
    expect(await loadReporter("nope")).toBeUndefined();
  });
});
