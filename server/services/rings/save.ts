import type { z } from "zod";
import { ringPercentProblem } from "../../../core/rings/validate";
import type { createRingSchema, RingView, updateRingSchema } from "../../../schemas/rollouts";
import { listRings } from "../../queries/rings";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { conflict, invalid, notFound, requireUuid } from "../errors";
import { invalidatePlan } from "../manifest/planCache";

type RingChange = { id?: string; name?: string; order?: number; percent?: number | null };
const RING_COLUMNS = 'id::text AS id, name, "order", percent';

/**
 * Applies ring changes together, refusing them if the resulting set breaks the rule that the
 * percentages sum to 100. Several at once is how percentages are rebalanced (one ring up, another down).
 */
async function saveRings(ctx: ServiceContext, changes: RingChange[]): Promise<RingView[]> {
  const saved = await ctx.db.sql.transaction(async (tx) => {
    await tx.query("LOCK TABLE rings IN SHARE ROW EXCLUSIVE MODE");
    const rings = await listRings(tx);
    const next = rings.map((r) => ({ ...r }));
    for (const change of changes) {
      const current = change.id ? next.find((r) => r.id === requireUuid(change.id as string, "Ring")) : undefined;
      if (change.id && !current) throw notFound(`Ring ${change.id}`);
      if (current) Object.assign(current, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
      else next.push({ id: "", name: change.name ?? "", order: change.order ?? 0, percent: change.percent ?? null });
    }
    const names = next.map((r) => r.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw conflict(`A ring named ${duplicate} already exists.`);
    const problem = ringPercentProblem(next);
    if (problem) throw invalid(problem, [{ path: "$.percent", message: problem }]);
    const written: RingView[] = [];
    for (const ring of next) {
      const before = rings.find((r) => r.id === ring.id);
      if (before && before.name === ring.name && before.order === ring.order && before.percent === ring.percent) continue;
      const [row] = before
        ? await tx.query<RingView>(`UPDATE rings SET name = $2, "order" = $3, percent = $4, updated_at = now() WHERE id = $1 RETURNING ${RING_COLUMNS}`, [
            ring.id,
            ring.name,
            ring.order,
            ring.percent,
          ])
        : await tx.query<RingView>(`INSERT INTO rings (name, "order", percent) VALUES ($1, $2, $3) RETURNING ${RING_COLUMNS}`, [
            ring.name,
            ring.order,
            ring.percent,
          ]);
      await auditChange(tx, ctx, {
        action: before ? "ring.updated" : "ring.created",
        targetType: "ring",
        targetId: row.id,
        targetName: row.name,
        before: before ?? null,
        after: row,
      });
      written.push(row);
    }
    return written;
  });
  invalidatePlan();
  return saved;
}

export async function createRing(ctx: ServiceContext, input: z.infer<typeof createRingSchema>): Promise<RingView> {
  const [ring] = await saveRings(ctx, [{ name: input.name, order: input.order, percent: input.percent ?? null }]);
  return ring;
}

export async function updateRing(ctx: ServiceContext, id: string, input: z.infer<typeof updateRingSchema>): Promise<RingView> {
  await saveRings(ctx, [{ id, ...input }]);
  const ring = (await listRings(ctx.db.sql)).find((r) => r.id === id);
  if (!ring) throw notFound(`Ring ${id}`);
  return ring;
}

/** Several ring changes in one step (e.g. canary 1% → 2% and broad 90% → 89%). */
export async function updateRings(ctx: ServiceContext, changes: (z.infer<typeof updateRingSchema> & { id: string })[]): Promise<RingView[]> {
  await saveRings(ctx, changes);
  return listRings(ctx.db.sql);
}
