import type { CreateRingInput, Ring, RingsChangeItem, UpdateRingInput } from "@/queries/rollouts";

/** A ring row as typed: an empty percent means "pinned devices only" (null). */
export interface RingDraft {
  order: string;
  percent: string;
}

export interface NewRingDraft extends RingDraft {
  name: string;
}

export const EMPTY_NEW_RING: NewRingDraft = { name: "", order: "", percent: "" };
const MAX_ORDER = 1000;
const MAX_PERCENT = 100;

export function ringDraftOf(ring: Pick<Ring, "order" | "percent">): RingDraft {
  return { order: String(ring.order), percent: ring.percent === null ? "" : String(ring.percent) };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseOrder(text: string): Parsed<number> {
  const value = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(value) || value < 0 || value > MAX_ORDER) {
    return { ok: false, problem: `Order must be a whole number from 0 to ${MAX_ORDER}.` };
  }
  return { ok: true, value };
}

function parsePercent(text: string): Parsed<number | null> {
  if (text.trim() === "") return { ok: true, value: null };
  const value = Number(text.trim());
  if (!Number.isFinite(value) || value < 0 || value > MAX_PERCENT) return { ok: false, problem: `Percent must be from 0 to ${MAX_PERCENT}, or empty.` };
  return { ok: true, value };
}

export type RingEdit = { change: UpdateRingInput | null; problem?: undefined } | { change?: undefined; problem: string };

/** The PATCH body for what changed (null when nothing did), or the problem with the draft. */
export function ringChange(ring: Pick<Ring, "order" | "percent">, draft: RingDraft): RingEdit {
  const order = parseOrder(draft.order);
  if (!order.ok) return { problem: order.problem };
  const percent = parsePercent(draft.percent);
  if (!percent.ok) return { problem: percent.problem };
  const change: UpdateRingInput = {};
  if (order.value !== ring.order) change.order = order.value;
  if (percent.value !== ring.percent) change.percent = percent.value;
  return { change: Object.keys(change).length > 0 ? change : null };
}

export function newRingInput(draft: NewRingDraft): Parsed<CreateRingInput> {
  const name = draft.name.trim();
  if (!name) return { ok: false, problem: "Name the ring." };
  const order = parseOrder(draft.order);
  if (!order.ok) return order;
  const percent = parsePercent(draft.percent);
  if (!percent.ok) return percent;
  return { ok: true, value: { name, order: order.value, ...(percent.value === null ? {} : { percent: percent.value }) } };
}

/** The percent a draft would save, for a running total; null when empty or not a number. */
export function draftPercent(draft: RingDraft): number | null {
  const percent = parsePercent(draft.percent);
  return percent.ok ? percent.value : null;
}

/** Drafts as typed, by ring id; a ring without an entry is as saved. */
export type RingDrafts = Readonly<Record<string, RingDraft>>;

export interface RingsEdit {
  /** The `rings` of one `PATCH /api/v1/rings`: each changed row, with only the fields that changed, in table order. */
  rings: RingsChangeItem[];
  /** Names of the rings in `rings`, for telling what was saved. */
  names: string[];
  /** Rows whose draft cannot be sent as typed; saving waits until they are fixed. */
  problems: { id: string; name: string; problem: string }[];
}

/** Turns the drafts of every row into one payload, so rows that only make sense together are saved together. */
export function ringsChange(rings: readonly Pick<Ring, "id" | "name" | "order" | "percent">[], drafts: RingDrafts): RingsEdit {
  const edit: RingsEdit = { rings: [], names: [], problems: [] };
  for (const ring of rings) {
    const draft = drafts[ring.id];
    if (!draft) continue;
    const row = ringChange(ring, draft);
    if (row.problem !== undefined) edit.problems.push({ id: ring.id, name: ring.name, problem: row.problem });
    else if (row.change) {
      edit.rings.push({ id: ring.id, ...row.change });
      edit.names.push(ring.name);
    }
  }
  return edit;
}

/** Sum of the percentages of rings that have one; the server wants exactly 100. */
export function percentTotal(percents: readonly (number | null)[]): number {
  return Math.round(rawTotal(percents) * 100) / 100;
}

function rawTotal(percents: readonly (number | null)[]): number {
  return percents.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

export const REQUIRED_PERCENT_TOTAL = 100;
/** The server's slack for sums such as 33.33 + 33.33 + 33.34 (core/rings/validate.ts). */
const PERCENT_TOLERANCE = 0.001;

export interface PercentTotalNote {
  savedTotal: number;
  draftTotal: number;
  /** Some drafted percent differs from the saved one (even when the total stays the same). */
  edited: boolean;
  /** Why the server would refuse the drafted percentages; null when they would pass. */
  warning: string | null;
}

/**
 * The running total shown under the rings, saved and drafted. Like the server, it only insists on 100
 * when some ring has a percent (rings without one hold pinned devices only).
 */
export function percentTotalNote(saved: readonly (number | null)[], drafted: readonly (number | null)[]): PercentTotalNote {
  const savedTotal = percentTotal(saved);
  const draftTotal = percentTotal(drafted);
  const off = rawTotal(drafted) - REQUIRED_PERCENT_TOTAL;
  const needsTotal = drafted.some((p) => p !== null);
  const warning =
    needsTotal && Math.abs(off) > PERCENT_TOLERANCE
      ? `Not ${REQUIRED_PERCENT_TOTAL}%: ${percentTotal([Math.abs(off)])}% ${off > 0 ? "over" : "short"}. The percentages must add up to exactly ${REQUIRED_PERCENT_TOTAL}% to save.`
      : null;
  const edited = drafted.length !== saved.length || drafted.some((p, i) => p !== saved[i]);
  return { savedTotal, draftTotal, edited, warning };
}

/** The next free order after the highest, in steps of ten so rings can go in between later. */
export function nextRingOrder(rings: readonly Pick<Ring, "order">[]): number {
  const ORDER_STEP = 10;
  return rings.length === 0 ? 0 : Math.min(MAX_ORDER, Math.max(...rings.map((r) => r.order)) + ORDER_STEP);
}
