import type { z } from "zod";
import { ringPercentProblem } from "../../../core/rings/validate";
import type { createRingSchema, RingView, updateRingSchema } from "../../../schemas/rollouts";
import { actorLabel, type Principal } from "../../auth/principal";
import type { Database } from "../../db/database";
import { badRequest, conflict, notFound } from "../../http/errors";
import { requireUuid } from "../../http/params";
import { listRings } from "../../queries/rings";
import { recordAudit } from "../audit/record";
import { invalidatePlan } from "../manifest/planCache";

type RingChange = { id?: string; name: string; order: number; percent: number | null };

/** Creates or updates a ring, refusing a change that leaves the percentages not summing to 100. */
async function saveRing(db: Database, actor: Principal, change: RingChange): Promise<RingView> {
  const saved = await db.sql.transaction(async (tx) => {
    await tx.query("LOCK TABLE rings IN SHARE ROW EXCLUSIVE MODE");
    const rings = await listRings(tx);
    const before = change.id ? rings.find((r) => r.id === change.id) : undefined;
    if (change.id && !before) throw notFound(`Ring ${change.id}`);
    if (rings.some((r) => r.name === change.name && r.id !== change.id)) throw conflict(`A ring named ${change.name} already exists.`);
    const next = [...rings.filter((r) => r.id !== change.id), { ...change, id: change.id ?? "new" }];
    const problem = ringPercentProblem(next);
    if (problem) throw badRequest(problem, [{ path: "$.percent", message: problem }]);
    const [row] = change.id
      ? await tx.query<RingView>('UPDATE rings SET name = $2, "order" = $3, percent = $4, updated_at = now() WHERE id = $1 RETURNING id::text AS id, name, "order", percent', [change.id, change.name, change.order, change.percent])
      : await tx.query<RingView>('INSERT INTO rings (name, "order", percent) VALUES ($1, $2, $3) RETURNING id::text AS id, name, "order", percent', [change.name, change.order, change.percent]);
    await recordAudit(tx, { actor: actorLabel(actor), action: before ? "ring.update" : "ring.create", targetType: "ring", targetId: row.id, before: before ?? null, after: row });
    return row;
  });
  invalidatePlan();
  return saved;
}

export function createRing(db: Database, actor: Principal, input: z.infer<typeof createRingSchema>): Promise<RingView> {
  return saveRing(db, actor, { name: input.name, order: input.order, percent: input.percent ?? null });
}

export async function updateRing(db: Database, actor: Principal, id: string, input: z.infer<typeof updateRingSchema>): Promise<RingView> {
  const current = (await listRings(db.sql)).find((r) => r.id === requireUuid(id, "Ring"));
  if (!current) throw notFound(`Ring ${id}`);
  return saveRing(db, actor, {
    id,
    name: input.name ?? current.name,
    order: input.order ?? current.order,
    percent: input.percent === undefined ? current.percent : input.percent,
  });
}
