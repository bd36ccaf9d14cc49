import type { CreateRingInput, Ring, UpdateRingInput } from "@/queries/rollouts";

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

/** Sum of the percentages of rings that have one; the server wants exactly 100. */
export function percentTotal(percents: readonly (number | null)[]): number {
  const total = percents.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  return Math.round(total * 100) / 100;
}

/** The next free order after the highest, in steps of ten so rings can go in between later. */
export function nextRingOrder(rings: readonly Pick<Ring, "order">[]): number {
  const ORDER_STEP = 10;
  return rings.length === 0 ? 0 : Math.min(MAX_ORDER, Math.max(...rings.map((r) => r.order)) + ORDER_STEP);
}
