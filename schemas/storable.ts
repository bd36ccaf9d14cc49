import { z } from "zod";

/**
 * What PostgreSQL can hold, as the contract promises it: a value that passes validation must never
 * fail at the database, or one event would fail its whole batch.
 */
export const MAX_INT32 = 2 ** 31 - 1;
export const MAX_TEXT_LENGTH = 1024;
export const MAX_ID_LENGTH = 128;
export const MAX_ENTRIES = 64;

// text and jsonb cannot hold U+0000; a lone UTF-16 surrogate is not UTF-8 at all (jsonb refuses its
// escape, text silently turns it into U+FFFD, so it would not round-trip).
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

const STORABLE_MESSAGE = "must not contain NUL (\\u0000) or unpaired UTF-16 surrogates";

/** A string the database stores exactly as sent: the one rule every text field and key shares. */
export const storableText = (options: { min?: number; max?: number } = {}) =>
  z
    .string()
    .min(options.min ?? 0)
    .max(Math.min(options.max ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH))
    .refine(isStorableText, STORABLE_MESSAGE);

/** A non-negative integer that fits a PostgreSQL `integer` column. */
export const storableCount = (max = MAX_INT32) => z.number().int().min(0).max(Math.min(max, MAX_INT32));

/** An object of strings (tags, versions) that fits jsonb: bounded entries, storable keys and values. */
export const storableStringMap = (key: z.ZodType<string>, value: z.ZodType<string>, what: string) =>
  z.record(key, value).refine((map) => Object.keys(map).length <= MAX_ENTRIES, `at most ${MAX_ENTRIES} ${what}`);

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Fields of a raw object whose own "__proto__" key a parse would drop. JSON.parse makes it an
 * ordinary key, but zod skips it on purpose (copying it would set the prototype), so such a tag or
 * version would vanish without a word. Checked before the schema, which never sees the key.
 */
export function droppedProtoKeys(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).flatMap(([field, value]) => (isObject(value) && Object.hasOwn(value, "__proto__") ? [`${field}.__proto__`] : []));
}
