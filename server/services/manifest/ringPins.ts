import type { Database } from "../../db/database";
import { createBatcher } from "../../db/batching";
import { processWide } from "../../processState";

/** Ring pins change rarely; caching them spares a database read on every manifest request. */
const PIN_TTL_MS = 30_000;
const pins = processWide("ringPins", () => new Map<string, { pin: string | null; expiresAt: number }>());

async function readPins(db: Database, deviceIds: string[]): Promise<(string | null)[]> {
  const rows = await db.sql.query<{ device_id: string; ring_pin: string | null }>(
    "SELECT device_id, ring_pin FROM devices WHERE device_id = ANY($1::text[])",
    [deviceIds],
  );
  const found = new Map(rows.map((row) => [row.device_id, row.ring_pin]));
  return deviceIds.map((deviceId) => found.get(deviceId) ?? null);
}

// Devices that ask at the same moment share one read: a fleet's first fetches cost a query per batch, not per device.
const reads = processWide("ringPinReads", () => createBatcher(readPins));

/** The ring a device's heartbeats pin it to, if any, as the database has it now (or up to PIN_TTL_MS ago). */
export async function ringPin(db: Database, deviceId: string, now: number): Promise<string | null> {
  const cached = pins.get(deviceId);
  if (cached && cached.expiresAt > now) return cached.pin;
  const pin = await reads.submit(db, deviceId);
  pins.set(deviceId, { pin, expiresAt: now + PIN_TTL_MS });
  return pin;
}
