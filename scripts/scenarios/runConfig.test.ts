import { describe, expect, it } from "vitest";
import { DEFAULT_PARALLEL, readConfig } from "./runConfig";

describe("readConfig", () => {
  it("runs every scenario at once on fresh embedded apps by default", () => {
    expect(readConfig([])).toMatchObject({ backend: { kind: "embedded" }, parallel: DEFAULT_PARALLEL });
    expect(readConfig(["--backend", "postgres", "--parallel", "2"])).toMatchObject({ backend: { kind: "postgres" }, parallel: 2 });
  });

  it("refuses a parallelism that is not a whole number of at least one", () => {
    for (const value of ["0", "-1", "1.5", "two"]) expect(() => readConfig(["--parallel", value])).toThrow("--parallel");
  });

  it("runs one after another on an app given by --url, and says so when asked for more", () => {
    expect(readConfig(["--url", "http://app.test", "--api-key", "k"])).toMatchObject({ backend: { kind: "url" }, parallel: 1 });
    expect(() => readConfig(["--url", "http://app.test", "--api-key", "k", "--parallel", "3"])).toThrow("one after another");
  });
});
