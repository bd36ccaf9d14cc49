import type { z } from "zod";
import type { markAlertsReadSchema } from "../../../schemas/alerts";
import { markRead, markReadUpTo, unreadCount } from "../../queries/alertReads";
import type { ServiceContext } from "../context";
import { conflict } from "../errors";

/** Marks alerts read for the calling user, on the server so every browser of the account agrees. */
export async function markAlertsRead(ctx: ServiceContext, body: z.infer<typeof markAlertsReadSchema>): Promise<{ unreadCount: number }> {
  const { actor } = ctx;
  if (actor.kind !== "user") throw conflict("Only a signed-in user has alerts to mark read: an API key has no account to keep read state.");
  await ctx.db.sql.transaction(async (tx) => {
    if (body.upTo) await markReadUpTo(tx, actor.id, body.upTo, ctx.now);
    if (body.ids) await markRead(tx, actor.id, body.ids, ctx.now);
  });
  return { unreadCount: await unreadCount(ctx.db.sql, actor.id) };
}
