import { PERMISSIONS } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { Database } from "../db/database";

/**
 * What every service is called with: the database, who acts (for permission checks that depend on
 * the input, and for the audit log) and the instant it happens (services read no clock).
 */
export interface ServiceContext {
  db: Database;
  actor: Principal;
  now: Date;
}

/** Ringwatch itself (the worker's promotions and automatic pauses): audited as `system`. */
export const SYSTEM_PRINCIPAL: Principal = {
  kind: "system",
  id: "system",
  name: "system",
  permissions: new Set(PERMISSIONS),
};

/** The context of one request or tick; the caller reads the clock once and passes it here. */
export function serviceContext(db: Database, actor: Principal, now: Date): ServiceContext {
  return { db, actor, now };
}
