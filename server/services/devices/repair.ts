import type { z } from "zod";
import type { repairRecordSchema, repairSchema } from "../../../schemas/containment";
import { actorLabel } from "../../auth/principal";
import { auditChange } from "../audit/record";
import type { ServiceContext } from "../context";
import { notFound } from "../errors";

type RepairRecordView = z.infer<typeof repairRecordSchema>;

/**
 * An on-site team records its work on a device: a claim (`in_repair`), a fix or a reimage, and
 * whether the disk's recovery key was needed. Recovery itself is decided by the device's heartbeats.
 */
export async function recordRepair(ctx: ServiceContext, deviceId: string, input: z.infer<typeof repairSchema>): Promise<RepairRecordView> {
  const actor = actorLabel(ctx.actor);
  return ctx.db.sql.transaction(async (tx) => {
    const [device] = await tx.query<{ hostname: string | null }>("SELECT hostname FROM devices WHERE device_id = $1", [deviceId]);
    if (!device) throw notFound(`Device ${deviceId}`);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO device_repairs (device_id, status, note, recovery_key_used, actor, at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
      [deviceId, input.status, input.note ?? null, input.recoveryKeyUsed ?? false, actor, ctx.now.toISOString()],
    );
    await auditChange(tx, ctx, {
      action: "device.repair",
      targetType: "device",
      targetId: deviceId,
      targetName: device.hostname ?? deviceId,
      reason: input.note ?? null,
      after: { status: input.status, recoveryKeyUsed: input.recoveryKeyUsed ?? false },
    });
    return {
      id: Number(row.id),
      deviceId,
      status: input.status,
      note: input.note ?? null,
      recoveryKeyUsed: input.recoveryKeyUsed ?? false,
      actor,
      at: ctx.now.toISOString(),
    };
  });
}
