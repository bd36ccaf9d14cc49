import type { RingHealth } from "../../schemas/rollouts";
import type { Database } from "../db/database";
import { processWide } from "../processState";
import { liveAnomalyCounts } from "./anomalies";
import { ringHealth } from "./ringHealth";

/**
 * Ring health scans every device (hundreds of ms at 100,000 devices), and every manager's overview
 * asks for it every few seconds. It is served from a snapshot at most FRESH_MS old; an older one is
 * still served while a single refresh runs in the background (stale-while-revalidate).
 */
const FRESH_MS = 5_000;
/** Past this age a snapshot is not served at all: the caller waits for a new one. */
const MAX_STALE_MS = 60_000;

interface Snapshot {
  items: RingHealth[];
  asOf: number;
}

const state = processWide("ringHealthSnapshot", () => ({ current: null as Snapshot | null, refreshing: null as Promise<Snapshot> | null }));

function refresh(db: Database): Promise<Snapshot> {
  state.refreshing ??= (async () => {
    const now = new Date();
    const snapshot = { items: await ringHealth(db.sql, now), asOf: now.getTime() };
    state.current = snapshot;
    return snapshot;
  })().finally(() => {
    state.refreshing = null;
  });
  return state.refreshing;
}

export async function ringHealthSnapshot(db: Database, now = Date.now()): Promise<Snapshot> {
  const current = state.current;
  if (current && now - current.asOf < FRESH_MS) return current;
  if (current && now - current.asOf < MAX_STALE_MS) {
    refresh(db).catch((error: unknown) => console.error("[ring-health] refresh failed", error));
    return current;
  }
  return refresh(db);
}

/** The snapshot with live open-anomaly counts: an anomaly must show on the overview the moment it opens. */
export async function ringHealthWithAnomalies(db: Database): Promise<Snapshot> {
  const [snapshot, counts] = await Promise.all([ringHealthSnapshot(db), liveAnomalyCounts(db.sql)]);
  const open = new Map<string, number>();
  for (const c of counts) open.set(c.ring, (open.get(c.ring) ?? 0) + c.count);
  return { ...snapshot, items: snapshot.items.map((ring) => ({ ...ring, openAnomalies: open.get(ring.ring) ?? 0 })) };
}

/** After a ring or rollout change the next read must not show the old picture. */
export function forgetRingHealth(): void {
  state.current = null;
}
