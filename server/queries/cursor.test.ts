import { describe, expect, it } from "vitest";
import { errorAnswer } from "../http/errors";
import { ServiceError } from "../services/errors";
import { CURSOR, decodeCursor, encodeCursor } from "./cursor";

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const UUID = "3f2b8e8c-4a0e-4c3b-9a57-0d6f2b1c9e10";

function refusal(text: string, shape: (typeof CURSOR)[keyof typeof CURSOR]): ServiceError | null {
  try {
    decodeCursor(text, shape);
    return null;
  } catch (error) {
    return error instanceof ServiceError ? error : null;
  }
}

describe("pagination cursors", () => {
  it("round-trips the cursors the API hands out", () => {
    const cursor = { value: "2026-11-22T10:00:00.000Z", id: UUID };
    expect(decodeCursor(encodeCursor(cursor), CURSOR.timeAndUuid)).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ value: "", id: "dev-ü-🚀" }), CURSOR.text)).toEqual({ value: "", id: "dev-ü-🚀" });
    expect(decodeCursor(encodeCursor({ value: "", id: "41" }), CURSOR.serial)).toEqual({ value: "", id: "41" });
  });

  it.each([
    ["garbage", "garbage", CURSOR.timeAndUuid],
    ["not base64 JSON", "%%%garbage", CURSOR.text],
    ["valid JSON of the wrong shape", forge({ value: 1 }), CURSOR.text],
    ["wrong types", forge([1, 2]), CURSOR.timeAndUuid],
    ["a non-UUID id", forge(["2026-11-22T10:00:00.000Z", "not-a-uuid"]), CURSOR.timeAndUuid],
    ["an invalid date", forge(["2026-02-30T10:00:00Z", UUID]), CURSOR.timeAndUuid],
    ["a year PostgreSQL cannot hold", forge(["0000-01-01T00:00:00Z", UUID]), CURSOR.timeAndUuid],
    ["a NUL in a text id", forge(["", "dev\u0000"]), CURSOR.text],
    ["a lone surrogate in a text id", forge(["", "dev\uD800"]), CURSOR.text],
    ["a serial that is not a number", forge(["", "NaN"]), CURSOR.serial],
    ["a serial beyond bigint", forge(["", "99999999999999999999"]), CURSOR.serial],
    ["extra elements", forge(["", "1", "x"]), CURSOR.serial],
  ])("refuses %s with a 400", (_what, text, shape) => {
    const error = refusal(text, shape);
    expect(error?.kind).toBe("invalid");
    expect(error && errorAnswer(error).status).toBe(400);
    expect(error?.details).toEqual([{ path: "$.cursor", message: expect.any(String) }]);
  });
});
