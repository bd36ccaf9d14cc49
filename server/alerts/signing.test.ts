import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { createWebhookSchema } from "../../schemas/webhooks";
import { errorAnswer, validationError } from "../http/errors";
import { generateWebhookSecret } from "./signing";

const whsec = (bytes: number) => `whsec_${randomBytes(bytes).toString("base64")}`;
const create = (secret: string, format: "json" | "pagerduty" | "slack" = "json") =>
  createWebhookSchema.safeParse({ url: "https://hooks.example.com/ringwatch", format, secret });

/** The 400 answer the route wrapper would send for this input. */
function answerFor(secret: string) {
  const parsed = create(secret);
  if (parsed.success) throw new Error(`${secret} was accepted`);
  return errorAnswer(validationError(parsed.error));
}

describe("webhook signing secrets", () => {
  it("generates whsec_ secrets of at least 24 random bytes that the schema and the official library accept", () => {
    const secret = generateWebhookSecret();
    expect(Buffer.from(secret.slice("whsec_".length), "base64").length).toBeGreaterThanOrEqual(24);
    expect(create(secret).success).toBe(true);
    expect(() => new Webhook(secret)).not.toThrow();
  });

  it("accepts a user-supplied whsec_ secret of 24 or more decoded bytes", () => {
    for (const bytes of [24, 25, 26, 32, 64]) expect(create(whsec(bytes)).success, `${bytes} bytes`).toBe(true);
  });

  it("refuses a whsec_ secret under 24 decoded bytes (23 bytes are still 32 characters) with a 400 that says how long it must be", () => {
    for (const bytes of [1, 16, 23]) {
      const answer = answerFor(whsec(bytes));
      expect(answer.status).toBe(400);
      expect(answer.body.error.details).toEqual([{ path: "$.secret", message: expect.stringMatching(/at least 24 random bytes/) }]);
    }
  });

  it("refuses a whsec_ secret that is not padded base64, which the official verifier cannot decode", () => {
    // The middle one is 26 bytes of unpadded base64: Node decodes it, @stablelib/base64 (standardwebhooks) throws.
    for (const secret of ["whsec_YWJj=GVmZ2hpamtsbW5vcHFyc3R1dnd4", "whsec_YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo", "whsec_"]) {
      expect(create(secret).success, secret).toBe(false);
    }
  });

  it("leaves routing keys and unused secrets of the other formats as they were", () => {
    expect(create("R0UTINGKEY", "pagerduty").success).toBe(true);
    expect(create("anything", "slack").success).toBe(true);
  });
});
