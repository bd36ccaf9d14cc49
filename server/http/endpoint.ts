import type { Permission } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { Database } from "../db/database";

export interface QueryContext {
  db: Database;
  principal: Principal;
  query: URLSearchParams;
}

/**
 * A GET endpoint described once, so that Next's route (`queryRoute`) and the hot-path server
 * (`hotQueryRoute`) answer it with the same permission, validation and service call.
 */
export interface QueryEndpoint<Answer> {
  permission: Permission;
  answer(ctx: QueryContext): Promise<Answer>;
}
