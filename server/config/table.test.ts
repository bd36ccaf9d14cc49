import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configurationTable } from "./table";

const README = path.resolve(import.meta.dirname, "../../README.md");
const START = "<!-- configuration table: rendered from server/config/variables.ts, checked by server/config/table.test.ts -->";
const END = "<!-- end of configuration table -->";

describe("README configuration table", () => {
  it("is the one the schema renders (on a difference, paste the expected table into README.md)", () => {
    const readme = readFileSync(README, "utf8");
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md lacks the line ${START}`).toBeGreaterThanOrEqual(0);
    expect(end, `README.md lacks the line ${END}`).toBeGreaterThan(start);
    expect(readme.slice(start + START.length, end).trim()).toBe(configurationTable());
  });
});
