import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, SERVER_ENTRY } from "./appServer";

describe("startAppServer", () => {
  it("starts what `npm run build` writes and `npm start` runs, so tests and benches measure the operators' server", () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot(), "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${SERVER_ENTRY}`);
    expect(pkg.scripts["build:server"]).toContain(`--outfile=${SERVER_ENTRY}`);
  });
});
