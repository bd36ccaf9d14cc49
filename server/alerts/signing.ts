import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { WEBHOOK_SECRET_MIN_BYTES } from "../../schemas/webhooks";

const PREFIX = "whsec_";

/** The schema's minimum, so a generated secret is always one a user could also have supplied. */
export function generateWebhookSecret(): string {
  return PREFIX + randomBytes(WEBHOOK_SECRET_MIN_BYTES).toString("base64");
}

/** Standard Webhooks: HMAC-SHA256 over `id.timestamp.body` with the secret's decoded bytes, as `v1,<base64>`. */
export function signWebhook(secret: string, messageId: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
  return `v1,${createHmac("sha256", key).update(`${messageId}.${timestampSec}.${body}`).digest("base64")}`;
}

/** Our own check (used by tests next to the official verifier). */
export function verifyWebhook(secret: string, messageId: string, timestampSec: number, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, messageId, timestampSec, body));
  return header.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
