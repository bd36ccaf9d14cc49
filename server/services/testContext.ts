import type { Principal } from "../auth/principal";
import type { Database } from "../db/database";
import { serviceContext, SYSTEM_PRINCIPAL, type ServiceContext } from "./context";

/** For tests: a call at `now` (the real clock unless given) by `actor` (Ringwatch itself unless given). */
export function testContext(db: Database, { actor = SYSTEM_PRINCIPAL, now = new Date() }: { actor?: Principal; now?: Date } = {}): ServiceContext {
  return serviceContext(db, actor, now);
}
