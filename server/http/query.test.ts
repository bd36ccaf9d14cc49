import { describe, expect, it } from "vitest";
import { deviceListQuerySchema } from "../../schemas/devices";
import { AppError } from "./errors";
import { parseQuery } from "./body";

function refusal(query: string): AppError | null {
  try {
    parseQuery(new URLSearchParams(query), deviceListQuerySchema);
    return null;
  } catch (error) {
    return error instanceof AppError ? error : null;
  }
}

describe("query strings", () => {
  it("parses a good one with its defaults", () => {
    expect(parseQuery(new URLSearchParams("limit=20&state=silent"), deviceListQuerySchema)).toMatchObject({ limit: 20, state: "silent", sort: "device_id" });
  });

  it.each(["limit=abc", "limit=100000", "limit=0", "limit=", "limit=2.5", "state=nonsense", "sort=random", "q=%00", "ring=can%00ary"])(
    "refuses %s with a 400 naming the parameter",
    (query) => {
      const error = refusal(query);
      expect(error?.status).toBe(400);
      expect(error?.details?.[0].path).toBe(`$.${query.split("=")[0]}`);
    },
  );
});
