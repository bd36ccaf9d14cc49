import fc from "fast-check";

/**
 * Test support (fast-check): ingest events written from the contract's rules, not from the zod
 * schemas, so a schema that drifts from the contract is caught. Each generated event says whether the
 * contract requires it to be accepted; every mutation breaks exactly one rule.
 */
export type Event = Record<string, unknown>;
export interface GeneratedEvent {
  event: Event;
  valid: boolean;
  /** What was broken, for failure messages. */
  mutation?: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const INT32_MAX = 2 ** 31 - 1;

/** Any code point but NUL, including astral ones (paired surrogates) and control characters. */
const storableChar = fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((c) => c !== "\u0000");
const text = (min: number, max: number) => fc.string({ unit: storableChar, minLength: min, maxLength: max });
const smallText = (max: number) => fc.oneof(text(1, Math.min(max, 12)), text(max, max));

/** A time inside the accepted window (7 days back, 5 minutes ahead), with a margin for the test's own run time. */
const tsNear = (now: number) =>
  fc.integer({ min: now - 7 * DAY + 10 * MINUTE, max: now + 4 * MINUTE }).chain((ms) =>
    fc.constantFrom(
      new Date(ms).toISOString(),
      new Date(ms).toISOString().replace("Z", "+00:00"),
      // same instant, other offset
      new Date(ms + 5.5 * 60 * MINUTE).toISOString().replace("Z", "+05:30"),
      // more fractional digits than PostgreSQL's millisecond column keeps
      new Date(ms).toISOString().replace("Z", "9999Z"),
    ),
  );

// Versions name something (1+ characters); a tag may be empty.
const stringMap = (keyMax: number, valueMax: number, valueMin: number) =>
  // fast-check's dictionary sometimes makes an own "__proto__" key on purpose; ingest refuses that name
  // (schemas/storable.ts), so a valid map never has it (the mutation "__proto__ as a map key" covers it).
  fc.dictionary(
    smallText(keyMax).filter((key) => key !== "__proto__"),
    fc.oneof(text(valueMin, 8), text(valueMax, valueMax)),
    { maxKeys: 6 },
  );

function heartbeat(base: fc.Arbitrary<Event>) {
  return fc
    .record({
      base,
      bootId: smallText(128),
      intervalSec: fc.integer({ min: 1, max: 3600 }),
      versions: stringMap(64, 128, 1),
      uptimeSec: fc.option(fc.constantFrom(0, 1, 3600, INT32_MAX), { nil: undefined }),
      hostname: fc.option(smallText(255), { nil: undefined }),
      os: fc.option(smallText(64), { nil: undefined }),
      model: fc.option(smallText(128), { nil: undefined }),
      tags: fc.option(stringMap(64, 256, 0), { nil: undefined }),
    })
    .map(({ base: b, ...fields }) => ({ type: "heartbeat", ...b, ...fields }));
}

function crash(base: fc.Arbitrary<Event>) {
  return fc
    .record({
      base,
      kind: fc.constantFrom("kernel", "agent", "app"),
      bootId: fc.option(smallText(128), { nil: undefined }),
      code: fc.option(smallText(64), { nil: undefined }),
      module: fc.option(smallText(256), { nil: undefined }),
      signature: fc.option(smallText(256), { nil: undefined }),
      versions: fc.option(stringMap(64, 128, 1), { nil: undefined }),
    })
    .map(({ base: b, ...fields }) => ({ type: "crash", ...b, ...fields }));
}

function boot(base: fc.Arbitrary<Event>) {
  return fc
    .record({
      base,
      bootId: smallText(128),
      previousShutdown: fc.constantFrom("clean", "crash", "unknown"),
      bootDurationMs: fc.option(fc.constantFrom(0, 4200, INT32_MAX), { nil: undefined }),
    })
    .map(({ base: b, ...fields }) => ({ type: "boot", ...b, ...fields }));
}

function update(base: fc.Arbitrary<Event>) {
  return fc
    .record({
      base,
      component: smallText(64),
      toVersion: smallText(128),
      status: fc.constantFrom("installed", "failed", "rolled_back"),
      fromVersion: fc.option(smallText(128), { nil: undefined }),
      reason: fc.option(fc.oneof(fc.constant("boot_failure"), smallText(64)), { nil: undefined }),
    })
    .map(({ base: b, ...fields }) => ({ type: "update", ...b, ...fields }));
}

/** Drops the keys fc.option left undefined, as JSON would. */
const compact = (event: Event): Event => JSON.parse(JSON.stringify(event));

/**
 * A valid event of any type for one of a few devices named `${devicePrefix}-…`; `eventId`s are
 * unique per generated value, so only events without one can collide on (type, deviceId, ts).
 */
export function validEvent(devicePrefix: string, now: number): fc.Arbitrary<Event> {
  const base = fc.record({
    deviceId: fc.constantFrom("a", "b", "ü-ß", "🚀").map((suffix) => `${devicePrefix}-${suffix}`),
    ts: tsNear(now),
    eventId: fc.option(
      fc.uuid().map((u) => `${devicePrefix}-${u}`),
      { nil: undefined },
    ),
  });
  return fc.oneof(heartbeat(base), crash(base), boot(base), update(base)).map(compact);
}

type Mutation = [name: string, apply: (event: Event) => Event | null];

const textFields = (event: Event) => Object.keys(event).filter((k) => typeof event[k] === "string" && k !== "type" && k !== "ts");
const firstText = (event: Event) => textFields(event)[0];
const withField = (event: Event, key: string | undefined, value: unknown) => (key === undefined ? null : { ...event, [key]: value });
const mapField = (event: Event) => (typeof event.versions === "object" ? "versions" : typeof event.tags === "object" ? "tags" : undefined);
const manyEntries = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`c${i}`, "1"]));

/** Each breaks one rule of the contract; null when it does not apply to this event's type. */
const MUTATIONS: Mutation[] = [
  ["uptimeSec over 2^31-1", (e) => (e.type === "heartbeat" ? { ...e, uptimeSec: INT32_MAX + 1 } : null)],
  ["bootDurationMs over 2^31-1", (e) => (e.type === "boot" ? { ...e, bootDurationMs: INT32_MAX + 1 } : null)],
  ["intervalSec 0", (e) => (e.type === "heartbeat" ? { ...e, intervalSec: 0 } : null)],
  ["intervalSec 3601", (e) => (e.type === "heartbeat" ? { ...e, intervalSec: 3601 } : null)],
  ["fractional intervalSec", (e) => (e.type === "heartbeat" ? { ...e, intervalSec: 1.5 } : null)],
  ["NUL in a string", (e) => withField(e, firstText(e), `${e[firstText(e)]}\u0000`)],
  ["NUL in deviceId", (e) => ({ ...e, deviceId: `${e.deviceId}\u0000` })],
  ["lone high surrogate", (e) => withField(e, firstText(e), `${e[firstText(e)]}\uD800`)],
  ["lone low surrogate", (e) => withField(e, firstText(e), `\uDC00${e[firstText(e)]}`)],
  ["string over 1,024", (e) => withField(e, firstText(e), "x".repeat(1025))],
  ["deviceId over 128", (e) => ({ ...e, deviceId: "d".repeat(129) })],
  ["eventId over 128", (e) => ({ ...e, eventId: "e".repeat(129) })],
  ["empty deviceId", (e) => ({ ...e, deviceId: "" })],
  ["65 map entries", (e) => withField(e, mapField(e), manyEntries)],
  ["NUL in a map key", (e) => withField(e, mapField(e), { "a\u0000b": "1" })],
  ["__proto__ as a map key", (e) => withField(e, mapField(e), JSON.parse('{"__proto__":"1"}'))],
  ["surrogate in a map value", (e) => withField(e, mapField(e), { agent: "\uD83D" })],
  ["number as map value", (e) => withField(e, mapField(e), { agent: 7 })],
  ["number as string", (e) => withField(e, firstText(e), 42)],
  ["object as ts", (e) => ({ ...e, ts: { at: e.ts } })],
  ["garbage ts", (e) => ({ ...e, ts: "yesterday" })],
  ["February 30th", (e) => ({ ...e, ts: "2026-02-30T00:00:00Z" })],
  ["ts 8 days old", (e) => ({ ...e, ts: new Date(Date.parse(String(e.ts)) - 8 * DAY).toISOString() })],
  ["ts an hour ahead", (e) => ({ ...e, ts: new Date(Date.now() + 60 * MINUTE).toISOString() })],
  ["year 10000", (e) => ({ ...e, ts: "+010000-01-01T00:00:00Z" })],
  ["unknown type", (e) => ({ ...e, type: "reboot" })],
  ["missing deviceId", ({ deviceId: _d, ...e }) => e],
  ["missing ts", ({ ts: _t, ...e }) => e],
  ["missing type", ({ type: _t, ...e }) => e],
  ["not an object", () => null],
];

/** A valid event broken in one way (or, for the last mutation, replaced by a non-object). */
export function invalidEvent(devicePrefix: string, now: number): fc.Arbitrary<GeneratedEvent> {
  return fc
    .tuple(validEvent(devicePrefix, now), fc.constantFrom(...MUTATIONS), fc.constantFrom<unknown>(null, 7, "event", [], true))
    .map(([event, [name, apply], scalar]): GeneratedEvent | null => {
      const mutated = name === "not an object" ? scalar : apply(event);
      return mutated === null ? null : { event: mutated as Event, valid: false, mutation: name };
    })
    .filter((g): g is GeneratedEvent => g !== null);
}

/** A batch mixing valid events with broken ones, in any order. */
export function mixedBatch(devicePrefix: string, now: number, maxLength = 30): fc.Arbitrary<GeneratedEvent[]> {
  const valid = validEvent(devicePrefix, now).map((event): GeneratedEvent => ({ event, valid: true }));
  return fc.array(fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: invalidEvent(devicePrefix, now), weight: 1 }), { maxLength });
}

/** Generated device ids and event ids carry this; each execution swaps in a prefix of its own. */
export const PLACEHOLDER = "@dev";

/** The batch with fresh devices and event ids, so no execution (shrinking included) sees another's data. */
export function ownedBy(prefix: string, batch: GeneratedEvent[]): GeneratedEvent[] {
  return JSON.parse(JSON.stringify(batch).replaceAll(PLACEHOLDER, prefix));
}

/** The contract's dedupe identity, written out here rather than borrowed from the code under test. */
export const identity = (e: Event) => (e.eventId ? `id:${e.eventId}` : `k:${e.type}:${e.deviceId}:${Date.parse(String(e.ts))}`);

/** The valid events that must be stored: the first copy of each identity. */
export function firstCopies(batch: GeneratedEvent[]): Map<string, Event> {
  const first = new Map<string, Event>();
  for (const { event, valid } of batch) if (valid && !first.has(identity(event))) first.set(identity(event), event);
  return first;
}
