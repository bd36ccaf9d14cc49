/** Ring assignment by consistent hashing: each device owns a fixed bucket, rings own ranges of buckets. */
export const HASH_BUCKETS = 10_000;

export interface RingShare {
  name: string;
  order: number;
  /** Null: the ring holds only devices pinned to it. */
  percent: number | null;
}

export interface RingRange {
  name: string;
  /** Inclusive lower bucket. */
  from: number;
  /** Exclusive upper bucket. */
  to: number;
}

/** FNV-1a 32-bit: stable across processes and versions, unlike any runtime hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function hashBucket(deviceId: string): number {
  return fnv1a(deviceId) % HASH_BUCKETS;
}

/**
 * Cumulative ranges in ring order. Changing one ring's percent only moves the devices at the
 * boundaries it shares with its neighbours; everyone else keeps their ring.
 */
export function ringRanges(rings: RingShare[]): RingRange[] {
  const sorted = rings.filter((r) => r.percent !== null).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  let start = 0;
  return sorted.map((ring, index) => {
    const isLast = index === sorted.length - 1;
    const end = isLast ? HASH_BUCKETS : Math.min(HASH_BUCKETS, start + Math.round(((ring.percent ?? 0) / 100) * HASH_BUCKETS));
    const range = { name: ring.name, from: start, to: Math.max(start, end) };
    start = range.to;
    return range;
  });
}

export function ringForBucket(bucket: number, ranges: RingRange[]): string | null {
  return ranges.find((r) => bucket >= r.from && bucket < r.to)?.name ?? null;
}
